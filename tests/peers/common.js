// SPDX-License-Identifier: GPL-3.0-or-later
// Shared helpers for the peer scripts: a seeded PRNG (runs are reproducible), bech32 words.
'use strict'

// mulberry32: small, fast, deterministic.
function rng (seed) {
  let a = seed >>> 0
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return {
    float: next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo)), // [lo, hi)
    bool: (p = 0.5) => next() < p,
    bytes: (n) => Buffer.from(Array.from({ length: n }, () => Math.floor(next() * 256))),
    pick: (list) => list[Math.floor(next() * list.length)]
  }
}

const CHARSET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l'

// Data words of a bech32 string (checksum dropped), without validating it.
function bech32Words (text) {
  const sep = text.lastIndexOf('1')
  return Array.from(text.slice(sep + 1, -6)).map(c => CHARSET.indexOf(c))
}

// Bytes of 5-bit words, trailing partial byte dropped (BOLT 11 field data).
function wordsToBytes (words) {
  let acc = 0; let bits = 0; const out = []
  for (const w of words) {
    acc = (acc << 5) | w; bits += 5
    while (bits >= 8) { bits -= 8; out.push((acc >> bits) & 0xff) }
    acc &= (1 << bits) - 1
  }
  return Buffer.from(out)
}

module.exports = { rng, bech32Words, wordsToBytes }
