/**
 * Cryptocurrency addresses, each proved by its own checksum: Bitcoin base58check P2PKH ("1…") and P2SH ("3…"),
 * Bitcoin bech32/bech32m segwit ("bc1…", BIP-173/350 witness version and program rules), Ethereum "0x" + 40 hex
 * (the EIP-55 checksum is enforced when the case is mixed; an all-lower or all-upper address carries no
 * checksum and gets lower confidence) and TRON base58check ("T…", version byte 0x41).
 * Value: the address (Ethereum in its EIP-55 form, bech32 in lower case); attrs {chain}.
 */

import bs58check from 'bs58check';
import { bech32, bech32m } from 'bech32';
import { keccak_256 } from '@noble/hashes/sha3';
import { makeMention } from './digits.js';
import type { Mention, Recogniser } from './types.js';

type Chain = 'bitcoin' | 'ethereum' | 'tron';

interface Address {
  value: string;
  chain: Chain;
  confidence: number;
}

const BASE58 = /(?<![A-Za-z0-9])[13T][1-9A-HJ-NP-Za-km-z]{25,34}(?![A-Za-z0-9])/g;
const SEGWIT = /(?<![A-Za-z0-9])(?:bc1|BC1)[02-9ac-hj-np-zAC-HJ-NP-Z]{6,87}(?![A-Za-z0-9])/g;
const ETHEREUM = /(?<![A-Za-z0-9])0x[0-9a-fA-F]{40}(?![A-Za-z0-9])/g;

const VERSION_BYTES: Record<string, { version: number; chain: Chain }> = {
  '1': { version: 0x00, chain: 'bitcoin' },
  '3': { version: 0x05, chain: 'bitcoin' },
  T: { version: 0x41, chain: 'tron' },
};

function base58Address(candidate: string): Address | undefined {
  const expected = VERSION_BYTES[candidate[0] as string];
  const payload = bs58check.decodeUnsafe(candidate);
  if (!expected || !payload || payload.length !== 21 || payload[0] !== expected.version) return undefined;
  return { value: candidate, chain: expected.chain, confidence: 0.95 };
}

/** BIP-173/350: witness version 0 with a 20- or 32-byte program in bech32; versions 1-16 in bech32m. */
function segwitAddress(candidate: string): Address | undefined {
  const lower = candidate.toLowerCase();
  const decoded = bech32.decodeUnsafe(lower) ?? bech32m.decodeUnsafe(lower);
  if (!decoded || decoded.prefix !== 'bc' || decoded.words.length === 0) return undefined;
  const version = decoded.words[0] as number;
  const program = bech32.fromWordsUnsafe(decoded.words.slice(1));
  if (!program || program.length < 2 || program.length > 40 || version > 16) return undefined;
  if (version === 0 && program.length !== 20 && program.length !== 32) return undefined;
  const codec = version === 0 ? bech32 : bech32m;
  if (!codec.decodeUnsafe(lower)) return undefined;
  return { value: lower, chain: 'bitcoin', confidence: 0.95 };
}

/** EIP-55: a hex letter is upper case exactly when the matching nibble of keccak256(lower-case hex) is >= 8. */
export function toChecksumAddress(address: string): string {
  const hex = address.slice(2).toLowerCase();
  const hash = keccak_256(new TextEncoder().encode(hex));
  let out = '0x';
  for (let i = 0; i < hex.length; i++) {
    const byte = hash[i >> 1] as number;
    const nibble = i % 2 === 0 ? byte >> 4 : byte & 0x0f;
    out += nibble >= 8 ? (hex[i] as string).toUpperCase() : (hex[i] as string);
  }
  return out;
}

function ethereumAddress(candidate: string): Address | undefined {
  const hex = candidate.slice(2);
  const checksummed = toChecksumAddress(candidate);
  const uniformCase = hex === hex.toLowerCase() || hex === hex.toUpperCase();
  if (!uniformCase) return checksummed === candidate ? { value: checksummed, chain: 'ethereum', confidence: 0.95 } : undefined;
  return { value: checksummed, chain: 'ethereum', confidence: 0.7 };
}

const READERS: ReadonlyArray<[RegExp, (candidate: string) => Address | undefined]> = [
  [BASE58, base58Address],
  [SEGWIT, segwitAddress],
  [ETHEREUM, ethereumAddress],
];

export const walletRecogniser: Recogniser = {
  name: 'wallet',
  version: 1,
  types: ['wallet'],
  recognise(text: string): Mention[] {
    const mentions: Mention[] = [];
    for (const [pattern, read] of READERS) {
      for (const m of text.matchAll(pattern)) {
        const address = read(m[0]);
        if (!address) continue;
        const start = m.index ?? 0;
        mentions.push(makeMention(text, 'wallet', start, start + m[0].length, address.value, 'wallet', address.confidence, { chain: address.chain }));
      }
    }
    return mentions.sort((a, b) => a.start - b.start);
  },
};
