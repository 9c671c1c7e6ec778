# SPDX-License-Identifier: GPL-3.0-or-later
# Deliveries: the worker's upload of a file for a task (read and hashed off the GUI thread,
# the market's cap checked first, progress and stop) and the task's delivery list, where the
# buyer saves served content under a safe name (DeliveryController, DeliveryUpload,
# DeliveryListModel).
list(APPEND LW_BACKEND_SOURCES
    backend/deliverylistmodel.cpp backend/deliverylistmodel.h
    backend/deliveryupload.cpp backend/deliveryupload.h
    backend/deliverycontroller.cpp backend/deliverycontroller.h)
list(APPEND LW_BACKEND_LIBS lightwork_engine)
