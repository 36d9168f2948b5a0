/**
 * A curated table of the cities that matter in these hauls: Iraq, Syria, Turkey (the border provinces and the
 * big cities), Jordan, Lebanon, the Gulf, Libya, Egypt, Yemen, Afghanistan and Pakistan, the Maghreb, and the
 * European capitals and diaspora cities, with their Arabic and French names. Coordinates are the city centre to
 * about a kilometre. One line per city:
 *   English name | ISO country | lat lon | Arabic names (;) | Latin names, English and French (;)
 * A name marked `*` is also an ordinary word (صور "pictures", الباب "the door", Nice): it counts as a place only
 * after a locative cue (في، إلى، مدينة, in, à…) or alone in a table cell. Where two cities share a name
 * (طرابلس), the first line is the default and the recogniser picks another when the document names its country.
 */

const TABLE = `
Baghdad | IQ | 33.34 44.40 | بغداد | Baghdad;Bagdad
Mosul | IQ | 36.34 43.13 | الموصل;موصل | Mosul;Mossoul;Mousel
Basra | IQ | 30.51 47.81 | البصرة | Basra;Basrah;Bassora
Erbil | IQ | 36.19 44.01 | أربيل;هولير | Erbil;Arbil;Irbil;Hawler
Kirkuk | IQ | 35.47 44.39 | كركوك | Kirkuk;Kirkouk
Fallujah | IQ | 33.35 43.78 | الفلوجة | Fallujah;Falluja;Falloujah;Fallouja
Ramadi | IQ | 33.42 43.30 | الرمادي | Ramadi
Tikrit | IQ | 34.61 43.68 | تكريت | Tikrit
Samarra | IQ | 34.20 43.87 | سامراء | Samarra
Baqubah | IQ | 33.75 44.64 | بعقوبة | Baqubah;Baquba
Hawija | IQ | 35.32 43.77 | الحويجة | Hawija;Hawijah
Al-Qaim | IQ | 34.37 41.09 | القائم* | Al-Qaim;Al Qaim;Qaim
Hit | IQ | 33.64 42.83 | هيت | Hit*;Heet
Haditha | IQ | 34.14 42.38 | حديثة | Haditha;Hadithah
Anah | IQ | 34.47 41.99 | عانة | Anah
Rawa | IQ | 34.48 41.91 | راوة | Rawa
Tal Afar | IQ | 36.38 42.45 | تلعفر;تل عفر | Tal Afar;Tell Afar;Tall Afar
Sinjar | IQ | 36.32 41.88 | سنجار | Sinjar
Najaf | IQ | 32.03 44.34 | النجف | Najaf;Nadjaf
Karbala | IQ | 32.62 44.02 | كربلاء | Karbala;Kerbala
Hillah | IQ | 32.48 44.42 | الحلة | Hillah;Hilla
Nasiriyah | IQ | 31.06 46.26 | الناصرية | Nasiriyah;Nassiriya
Amarah | IQ | 31.84 47.14 | العمارة* | Amarah
Kut | IQ | 32.50 45.83 | الكوت | Kut
Diwaniyah | IQ | 31.99 44.93 | الديوانية | Diwaniyah
Sulaymaniyah | IQ | 35.56 45.44 | السليمانية | Sulaymaniyah;Sulaimaniya;Souleimaniye
Duhok | IQ | 36.87 42.99 | دهوك | Duhok;Dohuk
Baiji | IQ | 34.93 43.49 | بيجي | Baiji;Bayji
Shirqat | IQ | 35.51 43.23 | الشرقاط | Shirqat;Sharqat
Rutba | IQ | 33.04 40.28 | الرطبة | Rutba
Qayyarah | IQ | 35.80 43.29 | القيارة | Qayyarah
Abu Ghraib | IQ | 33.29 44.06 | أبو غريب | Abu Ghraib;Abou Ghraib
Tarmiyah | IQ | 33.67 44.39 | الطارمية | Tarmiyah
Jalawla | IQ | 34.27 45.17 | جلولاء | Jalawla
Khanaqin | IQ | 34.35 45.39 | خانقين | Khanaqin
Tuz Khurmatu | IQ | 34.88 44.63 | طوزخورماتو;طوز خورماتو | Tuz Khurmatu
Balad | IQ | 34.01 44.15 | بلد* | Balad*
Karmah | IQ | 33.40 43.91 | الكرمة* | Karmah;Garma
Kufa | IQ | 32.03 44.40 | الكوفة | Kufa
Umm Qasr | IQ | 30.03 47.96 | أم قصر | Umm Qasr
Qaraqosh | IQ | 36.27 43.38 | قره قوش;بخديدا | Qaraqosh;Bakhdida
Bashiqa | IQ | 36.45 43.35 | بعشيقة | Bashiqa
Makhmur | IQ | 35.78 43.58 | مخمور | Makhmur
Damascus | SY | 33.51 36.29 | دمشق | Damascus;Damas
Aleppo | SY | 36.20 37.16 | حلب | Aleppo;Alep;Halab
Homs | SY | 34.73 36.71 | حمص | Homs
Hama | SY | 35.13 36.75 | حماة*;حماه | Hama;Hamah
Latakia | SY | 35.52 35.78 | اللاذقية | Latakia;Lattakia;Lattaquié
Tartus | SY | 34.89 35.89 | طرطوس | Tartus;Tartous
Deir ez-Zor | SY | 35.34 40.14 | دير الزور | Deir ez-Zor;Deir ez-Zour;Deir Ezzor;Deir al-Zour;Deir al-Zor;Dayr az-Zawr;Deir Ez Zor
Raqqa | SY | 35.95 39.01 | الرقة | Raqqa;Raqqah;Rakka;Ar-Raqqah
Hasakah | SY | 36.50 40.75 | الحسكة | Hasakah;Al-Hasakah;Hassaké;Hasaka
Qamishli | SY | 37.05 41.22 | القامشلي | Qamishli;Kamechliyé;Qamishly
Idlib | SY | 35.93 36.63 | إدلب | Idlib;Idleb
Daraa | SY | 32.62 36.10 | درعا | Daraa;Deraa;Dar'a
Suwayda | SY | 32.71 36.57 | السويداء | Suwayda;Sweida;Soueïda
Quneitra | SY | 33.13 35.82 | القنيطرة | Quneitra
Palmyra | SY | 34.56 38.27 | تدمر | Palmyra;Palmyre;Tadmur
Manbij | SY | 36.53 37.95 | منبج | Manbij;Menbij
Al-Bab | SY | 36.37 37.52 | الباب* | Al-Bab;al-Bab
Jarabulus | SY | 36.82 38.01 | جرابلس | Jarabulus;Jarablus
Azaz | SY | 36.59 37.05 | أعزاز;عزاز | Azaz;A'zaz
Mayadin | SY | 35.02 40.45 | الميادين | Mayadin;Al-Mayadin;Mayadeen
Abu Kamal | SY | 34.45 40.92 | البوكمال;البو كمال;أبو كمال | Abu Kamal;Abou Kamal;Albu Kamal;Al-Bukamal;Boukamal
Tal Abyad | SY | 36.70 38.95 | تل أبيض | Tal Abyad;Tell Abyad
Ras al-Ayn | SY | 36.85 40.07 | رأس العين | Ras al-Ayn;Ras al-Ain
Shaddadi | SY | 36.06 40.73 | الشدادي | Shaddadi
Tabqa | SY | 35.84 38.55 | الطبقة* | Tabqa;Tabqah
Kobani | SY | 36.89 38.35 | كوباني;عين العرب | Kobani;Kobanê;Ain al-Arab
Saraqib | SY | 35.86 36.80 | سراقب | Saraqib
Maarat al-Numan | SY | 35.65 36.67 | معرة النعمان | Maarat al-Numan
Douma | SY | 33.57 36.40 | دوما | Douma
Jisr al-Shughur | SY | 35.81 36.32 | جسر الشغور | Jisr al-Shughur
Al-Hawl | SY | 36.38 41.15 | الهول* | al-Hawl;al-Hol
Hajin | SY | 34.70 40.83 | هجين* | Hajin
Sukhnah | SY | 34.88 38.87 | السخنة | Sukhnah
Istanbul | TR | 41.01 28.98 | إسطنبول;إستانبول;اسطنبول;استنبول | Istanbul;İstanbul;Stamboul
Ankara | TR | 39.93 32.86 | أنقرة | Ankara
Gaziantep | TR | 37.07 37.38 | غازي عنتاب;عنتاب;عينتاب | Gaziantep;Antep;Ayntab
Şanlıurfa | TR | 37.17 38.79 | أورفة;أورفا;شانلي أورفة;الرها | Şanlıurfa;Sanliurfa;Urfa;Şanliurfa
Antakya | TR | 36.20 36.16 | أنطاكية;أنطاكيا | Antakya;Antioch;Antioche
Mersin | TR | 36.81 34.64 | مرسين | Mersin
Adana | TR | 37.00 35.32 | أضنة;أضنا | Adana
Kilis | TR | 36.72 37.12 | كلس;كيليس | Kilis
Reyhanlı | TR | 36.27 36.57 | الريحانية | Reyhanlı;Reyhanli
Izmir | TR | 38.42 27.14 | إزمير | İzmir;Izmir;Smyrne
Bursa | TR | 40.19 29.06 | بورصة* | Bursa;Brousse
Konya | TR | 37.87 32.48 | قونية | Konya
Kayseri | TR | 38.73 35.49 | قيصري | Kayseri
Mardin | TR | 37.31 40.74 | ماردين | Mardin
Diyarbakır | TR | 37.91 40.24 | ديار بكر;دياربكر | Diyarbakır;Diyarbakir
Akçakale | TR | 36.71 38.95 | أقجة قلعة;أقجه قلعه | Akçakale;Akcakale
Iskenderun | TR | 36.59 36.17 | إسكندرون;الإسكندرونة | İskenderun;Iskenderun;Alexandrette
Malatya | TR | 38.35 38.31 | ملاطية | Malatya
Kahramanmaraş | TR | 37.58 36.94 | كهرمان مرعش;مرعش | Kahramanmaraş;Kahramanmaras;Maraş
Osmaniye | TR | 37.07 36.25 | العثمانية* | Osmaniye
Nusaybin | TR | 37.07 41.21 | نصيبين | Nusaybin
Suruç | TR | 36.98 38.42 | سروج | Suruç;Suruc
Ceylanpınar | TR | 36.85 40.05 | جيلان بينار | Ceylanpınar;Ceylanpinar
Amman | JO | 31.95 35.93 | عمّان;عمان | Amman
Zarqa | JO | 32.07 36.09 | الزرقاء | Zarqa;Zarka
Irbid | JO | 32.56 35.85 | إربد | Irbid
Mafraq | JO | 32.34 36.21 | المفرق | Mafraq
Russeifa | JO | 32.02 36.05 | الرصيفة | Russeifa
Aqaba | JO | 29.53 35.01 | العقبة* | Aqaba
Ma'an | JO | 30.19 35.73 | معان* | Ma'an
Salt | JO | 32.04 35.73 | السلط | Salt*
Madaba | JO | 31.72 35.79 | مادبا | Madaba
Ramtha | JO | 32.56 36.01 | الرمثا | Ramtha
Karak | JO | 31.18 35.70 | الكرك | Karak;Kerak
Jerash | JO | 32.28 35.90 | جرش | Jerash
Beirut | LB | 33.89 35.50 | بيروت | Beirut;Beyrouth
Tripoli | LB | 34.44 35.85 | طرابلس;طرابلس الشام | Tripoli
Tripoli | LY | 32.89 13.19 | طرابلس;طرابلس الغرب | Tripoli
Sidon | LB | 33.56 35.37 | صيدا | Sidon;Saida;Saïda
Tyre | LB | 33.27 35.20 | صور* | Tyre;Sour*
Zahlé | LB | 33.85 35.90 | زحلة | Zahlé;Zahle
Baalbek | LB | 34.01 36.21 | بعلبك | Baalbek
Arsal | LB | 34.18 36.42 | عرسال | Arsal
Nabatieh | LB | 33.38 35.48 | النبطية | Nabatieh
Jounieh | LB | 33.98 35.62 | جونية | Jounieh
Hermel | LB | 34.39 36.39 | الهرمل | Hermel
Riyadh | SA | 24.71 46.68 | الرياض | Riyadh;Riyad;Ryad
Jeddah | SA | 21.49 39.19 | جدة;جده | Jeddah;Jiddah;Jidda;Djeddah;Djedda
Mecca | SA | 21.42 39.83 | مكة;مكة المكرمة | Mecca;Makkah;La Mecque
Medina | SA | 24.47 39.61 | المدينة المنورة | Medina;Médine;Madinah
Dammam | SA | 26.43 50.10 | الدمام | Dammam
Khobar | SA | 26.28 50.21 | الخبر* | Khobar;Al Khobar
Taif | SA | 21.27 40.42 | الطائف | Taif
Tabuk | SA | 28.38 36.57 | تبوك | Tabuk
Buraidah | SA | 26.33 43.97 | بريدة | Buraidah;Buraydah
Abha | SA | 18.22 42.51 | أبها | Abha
Hail | SA | 27.52 41.69 | حائل* | Ha'il;Hail
Kuwait City | KW | 29.37 47.98 | مدينة الكويت | Kuwait City
Doha | QA | 25.29 51.53 | الدوحة | Doha
Manama | BH | 26.23 50.59 | المنامة | Manama
Dubai | AE | 25.20 55.27 | دبي | Dubai;Dubaï
Abu Dhabi | AE | 24.45 54.38 | أبو ظبي;أبوظبي | Abu Dhabi;Abou Dhabi;Abou Dabi
Sharjah | AE | 25.35 55.39 | الشارقة | Sharjah;Charjah
Ajman | AE | 25.41 55.44 | عجمان | Ajman
Al Ain | AE | 24.21 55.74 | العين* | Al Ain
Muscat | OM | 23.59 58.41 | مسقط | Muscat;Mascate
Salalah | OM | 17.02 54.09 | صلالة | Salalah
Benghazi | LY | 32.12 20.07 | بنغازي | Benghazi
Misrata | LY | 32.38 15.09 | مصراتة | Misrata;Misurata
Sirte | LY | 31.21 16.59 | سرت | Sirte;Syrte
Derna | LY | 32.76 22.64 | درنة | Derna
Sabha | LY | 27.04 14.43 | سبها | Sabha;Sebha
Tobruk | LY | 32.08 23.96 | طبرق | Tobruk
Ajdabiya | LY | 30.76 20.23 | أجدابيا | Ajdabiya
Cairo | EG | 30.04 31.24 | القاهرة | Cairo;Le Caire
Alexandria | EG | 31.20 29.92 | الإسكندرية | Alexandria;Alexandrie
Giza | EG | 30.01 31.21 | الجيزة | Giza;Gizeh
Port Said | EG | 31.26 32.30 | بورسعيد;بور سعيد | Port Said;Port-Saïd
Suez | EG | 29.97 32.55 | السويس | Suez
Luxor | EG | 25.69 32.64 | الأقصر* | Luxor;Louxor
Aswan | EG | 24.09 32.90 | أسوان | Aswan;Assouan
Mansoura | EG | 31.04 31.38 | المنصورة | Mansoura
Tanta | EG | 30.79 31.00 | طنطا | Tanta
Arish | EG | 31.13 33.80 | العريش | El Arish;Arish
Ismailia | EG | 30.60 32.27 | الإسماعيلية | Ismailia
Asyut | EG | 27.18 31.18 | أسيوط | Asyut;Assiout
Sanaa | YE | 15.37 44.19 | صنعاء | Sanaa;Sana'a
Aden | YE | 12.79 45.04 | عدن | Aden
Taiz | YE | 13.58 44.02 | تعز | Taiz
Hodeidah | YE | 14.80 42.95 | الحديدة | Hodeidah;Hudaydah
Mukalla | YE | 14.54 49.12 | المكلا | Mukalla
Marib | YE | 15.46 45.33 | مأرب* | Marib
Dhamar | YE | 14.54 44.40 | ذمار | Dhamar
Kabul | AF | 34.53 69.17 | كابل;كابول | Kabul;Kaboul
Kandahar | AF | 31.61 65.71 | قندهار | Kandahar
Herat | AF | 34.35 62.20 | هرات | Herat
Jalalabad | AF | 34.43 70.45 | جلال آباد;جلال أباد | Jalalabad
Mazar-i-Sharif | AF | 36.71 67.11 | مزار شريف | Mazar-i-Sharif;Mazar-e Sharif
Kunduz | AF | 36.73 68.86 | قندوز | Kunduz
Ghazni | AF | 33.55 68.42 | غزني | Ghazni
Khost | AF | 33.34 69.92 | خوست | Khost
Peshawar | PK | 34.01 71.58 | بيشاور | Peshawar
Islamabad | PK | 33.68 73.05 | إسلام آباد | Islamabad
Karachi | PK | 24.86 67.01 | كراتشي | Karachi
Lahore | PK | 31.55 74.34 | لاهور | Lahore
Quetta | PK | 30.18 66.98 | كويتا | Quetta
Tehran | IR | 35.69 51.39 | طهران | Tehran;Téhéran
Gaza | PS | 31.50 34.47 | غزة | Gaza
Ramallah | PS | 31.90 35.20 | رام الله | Ramallah
Nablus | PS | 32.22 35.26 | نابلس | Nablus;Naplouse
Algiers | DZ | 36.75 3.06 | الجزائر العاصمة | Algiers;Alger
Oran | DZ | 35.70 -0.63 | وهران | Oran
Constantine | DZ | 36.37 6.61 | قسنطينة | Constantine*
Tunis | TN | 36.81 10.18 | مدينة تونس | Tunis
Sfax | TN | 34.74 10.76 | صفاقس | Sfax
Sousse | TN | 35.83 10.64 | سوسة* | Sousse
Rabat | MA | 34.02 -6.84 | الرباط* | Rabat
Casablanca | MA | 33.57 -7.59 | الدار البيضاء | Casablanca
Tangier | MA | 35.76 -5.83 | طنجة | Tangier;Tanger
Fez | MA | 34.03 -5.00 | فاس | Fez;Fès
Marrakesh | MA | 31.63 -8.01 | مراكش | Marrakesh;Marrakech
Khartoum | SD | 15.50 32.56 | الخرطوم | Khartoum
Mogadishu | SO | 2.05 45.32 | مقديشو | Mogadishu;Mogadiscio
London | GB | 51.51 -0.13 | لندن | London;Londres
Birmingham | GB | 52.49 -1.89 | برمنغهام;برمنجهام;بيرمنغهام | Birmingham
Manchester | GB | 53.48 -2.24 | مانشستر | Manchester
Leeds | GB | 53.80 -1.55 | ليدز | Leeds
Liverpool | GB | 53.41 -2.98 | ليفربول | Liverpool
Glasgow | GB | 55.86 -4.25 | غلاسكو | Glasgow
Cardiff | GB | 51.48 -3.18 | كارديف | Cardiff
Paris | FR | 48.86 2.35 | باريس | Paris
Marseille | FR | 43.30 5.37 | مرسيليا | Marseille;Marseilles
Lyon | FR | 45.76 4.84 | ليون | Lyon;Lyons
Toulouse | FR | 43.60 1.44 | تولوز | Toulouse
Lille | FR | 50.63 3.06 | ليل* | Lille
Strasbourg | FR | 48.57 7.75 | ستراسبورغ | Strasbourg
Nice | FR | 43.70 7.27 | نيس | Nice*
Brussels | BE | 50.85 4.35 | بروكسل | Brussels;Bruxelles
Antwerp | BE | 51.22 4.40 | أنتويرب;أنتويربن | Antwerp;Anvers;Antwerpen
Amsterdam | NL | 52.37 4.90 | أمستردام | Amsterdam
Rotterdam | NL | 51.92 4.48 | روتردام | Rotterdam
The Hague | NL | 52.08 4.30 | لاهاي | The Hague;La Haye;Den Haag
Berlin | DE | 52.52 13.40 | برلين | Berlin
Munich | DE | 48.14 11.58 | ميونخ;ميونيخ | Munich;München
Hamburg | DE | 53.55 9.99 | هامبورغ;هامبورج | Hamburg;Hambourg
Frankfurt | DE | 50.11 8.68 | فرانكفورت | Frankfurt;Francfort
Cologne | DE | 50.94 6.96 | كولونيا | Cologne;Köln
Düsseldorf | DE | 51.23 6.78 | دوسلدورف | Düsseldorf;Dusseldorf
Stuttgart | DE | 48.78 9.18 | شتوتغارت | Stuttgart
Bonn | DE | 50.73 7.10 | بون* | Bonn
Vienna | AT | 48.21 16.37 | فيينا | Vienna;Vienne;Wien
Stockholm | SE | 59.33 18.07 | ستوكهولم | Stockholm
Malmö | SE | 55.61 13.00 | مالمو | Malmö;Malmo
Gothenburg | SE | 57.71 11.97 | غوتنبرغ;يوتيبوري | Gothenburg;Göteborg
Copenhagen | DK | 55.68 12.57 | كوبنهاغن;كوبنهاجن | Copenhagen;Copenhague;København
Aarhus | DK | 56.16 10.20 | آرهوس | Aarhus
Oslo | NO | 59.91 10.75 | أوسلو | Oslo
Helsinki | FI | 60.17 24.94 | هلسنكي | Helsinki
Madrid | ES | 40.42 -3.70 | مدريد | Madrid
Barcelona | ES | 41.39 2.17 | برشلونة | Barcelona;Barcelone
Rome | IT | 41.90 12.50 | روما | Rome;Roma
Milan | IT | 45.46 9.19 | ميلانو | Milan;Milano
Athens | GR | 37.98 23.73 | أثينا | Athens;Athènes
Geneva | CH | 46.20 6.14 | جنيف | Geneva;Genève
Zurich | CH | 47.37 8.54 | زيورخ | Zurich;Zürich
Bern | CH | 46.95 7.45 | برن* | Bern;Berne
Lisbon | PT | 38.72 -9.14 | لشبونة | Lisbon;Lisbonne
Dublin | IE | 53.35 -6.26 | دبلن | Dublin
Warsaw | PL | 52.23 21.01 | وارسو | Warsaw;Varsovie
Prague | CZ | 50.08 14.44 | براغ | Prague
Budapest | HU | 47.50 19.04 | بودابست | Budapest
Bucharest | RO | 44.43 26.10 | بوخارست | Bucharest;Bucarest
Sofia | BG | 42.70 23.32 | صوفيا* | Sofia*
Belgrade | RS | 44.79 20.45 | بلغراد | Belgrade
Zagreb | HR | 45.81 15.98 | زغرب | Zagreb
Sarajevo | BA | 43.86 18.41 | سراييفو | Sarajevo
Tirana | AL | 41.33 19.82 | تيرانا | Tirana
Pristina | XK | 42.66 21.17 | بريشتينا | Pristina
Skopje | MK | 42.00 21.43 | سكوبيه | Skopje
Ljubljana | SI | 46.06 14.51 | ليوبليانا | Ljubljana
Moscow | RU | 55.76 37.62 | موسكو | Moscow;Moscou
Kyiv | UA | 50.45 30.52 | كييف | Kyiv;Kiev
Nicosia | CY | 35.17 33.36 | نيقوسيا | Nicosia;Nicosie
`;

export interface CuratedCity {
  /** The English name: the mention's value. */
  name: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  lat: number;
  lon: number;
  arabic: readonly CityAlias[];
  latin: readonly CityAlias[];
}

export interface CityAlias {
  text: string;
  /** An ordinary word too: needs a locative cue. */
  needsCue: boolean;
}

function aliases(field: string | undefined): CityAlias[] {
  return (field ?? '')
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => (s.endsWith('*') ? { text: s.slice(0, -1), needsCue: true } : { text: s, needsCue: false }));
}

function parse(table: string): CuratedCity[] {
  const out: CuratedCity[] = [];
  for (const line of table.split('\n')) {
    const fields = line.split('|').map((s) => s.trim());
    if (fields.length < 5) continue;
    const [name, country, coords, arabic, latin] = fields;
    const [lat, lon] = (coords ?? '').split(/\s+/).map(Number);
    if (!name || !country || lat === undefined || lon === undefined) continue;
    out.push({ name, country, lat, lon, arabic: aliases(arabic), latin: aliases(latin) });
  }
  return out;
}

export const CURATED_CITIES: readonly CuratedCity[] = parse(TABLE);
