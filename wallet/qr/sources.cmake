# SPDX-License-Identifier: GPL-3.0-or-later
target_sources(lightwork_wallet PRIVATE qr/qrwallet.cpp qr/qrwallet.h)
