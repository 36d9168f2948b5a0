/** The recognisers of persons, organisations, countries and places, for the entities registry. */
import type { Recogniser } from './types.js';
import { countryRecogniser } from './country.js';
import { organisationRecogniser } from './organisation.js';
import { personArabicRecogniser } from './person-arabic.js';
import { personLatinRecogniser } from './person-latin.js';
import { placeRecogniser } from './place.js';

export const NAME_PLACE_RECOGNISERS: readonly Recogniser[] = [personArabicRecogniser, personLatinRecogniser, organisationRecogniser, countryRecogniser, placeRecogniser];
