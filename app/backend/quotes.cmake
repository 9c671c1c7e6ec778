# SPDX-License-Identifier: GPL-3.0-or-later
# Quotes: every quote thread of the profile's 402ai accounts (QuoteInbox, QuoteInboxModel) and
# one thread's chat with its outbox and counter-offers (QuoteThread, QuoteMessageModel).
list(APPEND LW_BACKEND_SOURCES
    backend/quotethreadrows.h
    backend/quoteinboxmodel.cpp backend/quoteinboxmodel.h
    backend/quoteinbox.cpp backend/quoteinbox.h
    backend/quotethreadmessages.cpp backend/quotethreadmessages.h
    backend/quotethread.cpp backend/quotethread.h)
list(APPEND LW_BACKEND_LIBS lightwork_engine)
