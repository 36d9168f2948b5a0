/**
 * The selector recognisers: identifiers an analyst can pivot on across documents (phones, e-mail addresses,
 * URLs and domains, bank accounts, wallets, IP addresses, coordinates). The stage registry includes this list.
 */

import { bicRecogniser } from './bic.js';
import { coordinatesRecogniser } from './coordinates.js';
import { emailRecogniser } from './email.js';
import { ibanRecogniser } from './iban.js';
import { ipRecogniser } from './ip.js';
import { phoneRecogniser } from './phone.js';
import type { Recogniser } from './types.js';
import { urlRecogniser } from './url.js';
import { walletRecogniser } from './wallet.js';

export const SELECTOR_RECOGNISERS: readonly Recogniser[] = [
  phoneRecogniser,
  emailRecogniser,
  urlRecogniser,
  ibanRecogniser,
  bicRecogniser,
  walletRecogniser,
  ipRecogniser,
  coordinatesRecogniser,
];
