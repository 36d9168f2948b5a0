import { describe, expect, it } from 'vitest';
import { toChecksumAddress, walletRecogniser } from './wallet.js';

function wallets(text: string) {
  const mentions = walletRecogniser.recognise(text, { languages: [] });
  for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.surface);
  return mentions.map((m) => [m.start, m.end, m.value, m.attrs?.chain, m.confidence]);
}

describe('wallet recogniser', () => {
  it('reads Bitcoin base58check P2PKH and P2SH addresses and rejects a one-character typo', () => {
    expect(wallets('BTC: 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa')).toEqual([[5, 39, '1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa', 'bitcoin', 0.95]]);
    expect(wallets('P2SH 3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy')).toEqual([[5, 39, '3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy', 'bitcoin', 0.95]]);
    expect(wallets('typo 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb')).toEqual([]);
  });

  it('reads segwit addresses: bech32 v0 (either case, value in lower case) and bech32m taproot (BIP-173/350 vectors)', () => {
    expect(wallets('محفظة: bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq')).toEqual([[7, 49, 'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq', 'bitcoin', 0.95]]);
    expect(wallets('BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4')).toEqual([[0, 42, 'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4', 'bitcoin', 0.95]]);
    expect(wallets('taproot bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0')).toEqual([
      [8, 70, 'bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0', 'bitcoin', 0.95],
    ]);
    // BIP-350: a version 0 program encoded with the bech32m checksum is invalid.
    expect(wallets('bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kemeawh')).toEqual([]);
  });

  it('enforces the EIP-55 checksum on mixed-case Ethereum addresses and checksums uniform-case ones', () => {
    const text = 'ETH 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed or bad 0x5aaeb6053F3E94C9b9A09f33669435E7Ef1BeAed or lower 0xfb6916095ca1df60bb79ce92ce3ea74c37c5d359';
    expect(wallets(text)).toEqual([
      [4, 46, '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed', 'ethereum', 0.95],
      [106, 148, '0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359', 'ethereum', 0.7],
    ]);
    expect(toChecksumAddress('0xdbf03b407c01e7cd3cbea99509d93f8dddc8c6fb')).toBe('0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB');
  });

  it('reads TRON addresses (version byte 0x41) and ignores hex hashes without 0x', () => {
    expect(wallets('TRON USDT TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t')).toEqual([[10, 44, 'TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t', 'tron', 0.95]]);
    expect(wallets('commit 5aaeb6053f3e94c9b9a09f33669435e7ef1beaed')).toEqual([]);
  });
});
