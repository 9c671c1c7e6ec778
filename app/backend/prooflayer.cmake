# SPDX-License-Identifier: GPL-3.0-or-later
# ProofLayer: the worker's registration, feed, claim, result form, payouts and reputation
# (ProofLayerController with its models and the result form).
list(APPEND LW_BACKEND_SOURCES
    backend/prooflayerfeedmodel.cpp backend/prooflayerfeedmodel.h
    backend/prooflayerpayoutmodel.cpp backend/prooflayerpayoutmodel.h
    backend/prooflayersubmitform.cpp backend/prooflayersubmitform.h
    backend/prooflayercontroller.cpp backend/prooflayercontroller.h
    backend/prooflayerregistration.cpp)
list(APPEND LW_BACKEND_LIBS lightwork_engine)
