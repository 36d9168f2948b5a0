/**
 * Fictional cryptocurrency wallet addresses for the demo haul. Each address is well-formed (right version
 * byte, right checksum) so extractors and validators treat it as real, but the 20-byte payload is random
 * from the seeded Rng: no key exists behind it.
 */
import bs58check from 'bs58check';
import { bech32 } from 'bech32';
import { keccak_256 } from '@noble/hashes/sha3';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import type { Rng } from '../random.js';

export type WalletKind = 'btc-p2pkh' | 'btc-bech32' | 'eth' | 'trx';
export type WalletChain = 'BTC' | 'ETH' | 'TRX';

export interface Wallet {
  address: string;
  kind: WalletKind;
  chain: WalletChain;
}

export const WALLET_KINDS: readonly WalletKind[] = ['btc-p2pkh', 'btc-bech32', 'eth', 'trx'];

/** Base58Check of a version byte followed by a 20-byte hash (BTC P2PKH uses 0x00, Tron uses 0x41). */
function base58Address(version: number, hash: Uint8Array): string {
  const payload = new Uint8Array(21);
  payload[0] = version;
  payload.set(hash, 1);
  return bs58check.encode(payload);
}

/** EIP-55: uppercase each hex letter whose nibble in keccak256(lowercase hex) is 8 or more. */
export function toEip55(hexLower: string): string {
  const hash = bytesToHex(keccak_256(utf8ToBytes(hexLower)));
  let out = '';
  for (let i = 0; i < hexLower.length; i++) {
    const c = hexLower[i] as string;
    out += parseInt(hash[i] as string, 16) >= 8 ? c.toUpperCase() : c;
  }
  return '0x' + out;
}

/** A random, checksum-valid address of the given kind. Consumes exactly 20 random bytes. */
export function generateWallet(rng: Rng, kind: WalletKind): Wallet {
  const hash = rng.bytes(20);
  switch (kind) {
    case 'btc-p2pkh':
      return { address: base58Address(0x00, hash), kind, chain: 'BTC' };
    case 'btc-bech32':
      // P2WPKH: witness version 0 followed by the 20-byte key hash as 5-bit words.
      return { address: bech32.encode('bc', [0, ...bech32.toWords(hash)]), kind, chain: 'BTC' };
    case 'eth':
      return { address: toEip55(bytesToHex(hash)), kind, chain: 'ETH' };
    case 'trx':
      return { address: base58Address(0x41, hash), kind, chain: 'TRX' };
  }
}
