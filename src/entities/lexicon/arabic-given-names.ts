/**
 * A gazetteer of Arabic given names in Arabic script with their common Latin spellings (English, French and
 * scholarly transliterations), compiled from general Arabic onomastics: the classical ism, Levantine, Iraqi,
 * Gulf and Maghrebi forms. Also the names mostly seen in a kunya (أبو دجانة، أبو تراب), which are matched after
 * أبو/أم only. One line per name: `arabic | latin spellings…`; spelling variants beyond those listed are caught by
 * `latinNameKey` (person-latin.ts), so only genuinely different spellings need listing.
 */

const MALE = `
محمد | Muhammad Mohammed Mohamed Mohammad Muhammed Mohamad Mouhamed Mhamed Mehmet Mohd
أحمد | Ahmad Ahmed Ahmet
محمود | Mahmoud Mahmud Mahmood
مصطفى | Mustafa Mostafa Moustafa Mustapha Moustapha
مختار | Mukhtar Mokhtar
علي | Ali
عمر | Omar Umar Omer
عثمان | Othman Uthman Osman Othmane Usman Outhmane Otman
حسن | Hasan Hassan Hassen
حسين | Husain Hussein Hussain Husayn Houssein Hossein Hussien Hocine Husein
حسان | Hassan Hessan
خالد | Khalid Khaled Khaleed
يوسف | Yusuf Youssef Yousef Yousif Yusef Youcef Yossef Yussuf Yousuf
إبراهيم | Ibrahim Ebrahim Brahim Ibraheem
إسماعيل | Ismail Ismael Smail Esmail Ismaeel
إسحاق | Ishaq Ishak Issac
يعقوب | Yaqub Yacoub Yakub Yaqoob
موسى | Musa Moussa Mousa
عيسى | Isa Issa Aissa
هارون | Harun Haroun Haroon
داود | Dawud Daoud Dawood Daud
سليمان | Sulaiman Sulayman Suleiman Souleiman Slimane Sleiman Soliman Suliman
يونس | Yunus Younes Younis Younès
إلياس | Ilyas Elias Ilias
أيوب | Ayyub Ayoub Ayub Ayoob
آدم | Adam
نوح | Nuh Nouh
صالح | Salih Saleh Saalih
هود | Hud Houd
شعيب | Shuaib Chouaib Shoaib
زكريا | Zakariya Zakaria Zakariyya Zakariyah Zakarya
يحيى | Yahya Yahia Yehia Yehya Yahiya
عبد | Abd
عبد الله | Abdullah Abdallah Abdellah Abdulla Abdalla
عبد الرحمن | Abdulrahman Abdurrahman Abderrahmane Abdelrahman Abderrahman Abdul-Rahman
عبد الرحيم | Abdulrahim Abderrahim Abdelrahim
عبد الكريم | Abdulkarim Abdelkarim Abdelkrim Abdulkareem
عبد العزيز | Abdulaziz Abdelaziz Abdulazeez
عبد القادر | Abdulqadir Abdelkader Abdulkader Abdelqader
عبد الرزاق | Abdulrazzaq Abderrazak Abdulrazak
عبد الحميد | Abdulhamid Abdelhamid
عبد المجيد | Abdulmajid Abdelmajid Abdelmadjid
عبد الحكيم | Abdulhakim Abdelhakim
عبد اللطيف | Abdullatif Abdellatif
عبد الجبار | Abduljabbar Abdeljabbar
عبد الستار | Abdulsattar Abdessattar
عبد الغفور | Abdulghafur Abdelghafour
عبد السلام | Abdulsalam Abdessalam Abdesselam
عبد الباسط | Abdulbasit Abdelbasset
عبد الهادي | Abdulhadi Abdelhadi
عبد الواحد | Abdulwahid Abdelouahed
عبد الوهاب | Abdulwahab Abdelwahab
عبد الإله | Abdulilah Abdelilah
عبد الناصر | Abdulnasser Abdelnasser
عبد الحليم | Abdulhalim Abdelhalim
عبد الفتاح | Abdulfattah Abdelfattah
عبد المنعم | Abdulmonem Abdelmoneim
عبد الأمير | Abdulamir
عبد الحسين | Abdulhussein
عبد الزهرة | Abdulzahra
عبد المطلب | Abdulmuttalib
عبد الغني | Abdulghani Abdelghani
عبد الخالق | Abdulkhaliq Abdelkhalek
عبد الجليل | Abduljalil Abdeljalil
عبد الصمد | Abdulsamad Abdessamad
عبد الملك | Abdulmalik Abdelmalek
عبد الرؤوف | Abdulraouf Abderraouf
عبد الرشيد | Abdulrashid Abderrachid
عبد الحق | Abdulhaq Abdelhak
عبد النور | Abdennour
عبد الباري | Abdulbari Abdelbari
عبد العليم | Abdulalim
عبد المحسن | Abdulmohsen
عبد الودود | Abdulwadud
أنس | Anas
بلال | Bilal Belal
حمزة | Hamza Hamzah Hamzeh
جعفر | Jafar Jaafar Djaafar Jaffar
سعد | Saad Sad Sa'd
سعيد | Said Saeed Saied Saïd Sayeed
سعود | Saud Saoud
مسعود | Masud Massoud Masoud Messaoud
منصور | Mansour Mansur Mansoor
ياسر | Yasir Yasser Yacer Yaser Yassir
ياسين | Yasin Yaseen Yassin Yassine Yacine
عاصم | Asim Assem Asem Aasim
عقيل | Aqil Aqeel Ageel Akil Okail Oqail Uqail
خطاب | Khattab Khatab
معاذ | Muadh Muath Mouaz Moaz Muaz Moadh Mu'adh
صهيب | Suhaib Souhaib Suhayb Sohaib
طلحة | Talha Talhah Talhat
وقاص | Waqqas Wakkas Waggas Ouaqqas
قتيبة | Qutaiba Qutayba Gutaiba Koutaiba Qutaybah Kutaiba
حذيفة | Hudhaifa Huthaifa Huzaifa Houdhaifa Houdaifa Hudhayfa Hudhayfah Hodaifa Huzayfa
عبيدة | Ubaida Obaida Obeida Oubaida Ubayda Ubaidah Obaidah
مصعب | Musab Mosab Mousab Mus'ab
الزبير | Zubair Zubayr Zoubeir
العباس | Abbas
عباس | Abbas
القاسم | Qasim Kassem
قاسم | Qasim Kassim Qassim Kassem Gasim Kacem
الوليد | Walid
وليد | Walid Waleed Oualid
الفضل | Fadl Fadhl
الحارث | Harith Hareth
حارث | Harith Hareth
المثنى | Muthanna Muthana
مثنى | Muthanna Muthana
القعقاع | Qaqaa
سياف | Sayyaf
حفص | Hafs
أسامة | Usama Osama Oussama Ousama
أسد | Asad Assad
أمين | Amin Amine Ameen
أمجد | Amjad
أنور | Anwar Anouar
أيمن | Ayman Aymen
أكرم | Akram
أشرف | Ashraf Achraf
أسعد | Asaad Assaad
أياد | Ayad Iyad
إياد | Iyad Eyad Ayad
أديب | Adib Adeeb
أمير | Amir Ameer
أوس | Aws Aus
أنيس | Anis Anees
باسل | Basil Bassel Basel
باسم | Basim Bassem Basem
بدر | Badr Bader
برهان | Burhan Borhan
بسام | Bassam
بشار | Bashar Bachar
بشير | Bashir Basheer Bachir Béchir
بكر | Bakr Bakir
بهاء | Bahaa Baha
تامر | Tamer Tamir
ثامر | Thamir Thamer Tamer Tamir
تركي | Turki
توفيق | Tawfiq Tawfik Toufik Tewfik
تيسير | Taysir Tayseer
ثابت | Thabit Thabet
جابر | Jabir Jaber
جاسم | Jasim Jassim Jasem Djassim Gassim Jassem
جاسر | Jasir Jaser
جلال | Jalal Djalal
جمال | Jamal Djamel Gamal Jamel Djamal
جميل | Jamil Jameel Djamil Gamil
جهاد | Jihad Djihad
جواد | Jawad Djaouad
حاتم | Hatim Hatem
حازم | Hazim Hazem
حافظ | Hafiz Hafez
حامد | Hamid Hamed
حميد | Hamid Hameed
حمد | Hamad Hamed
حمدان | Hamdan
حمدي | Hamdi
حمود | Hamoud Hammoud
حكيم | Hakim Hakeem
حيدر | Haidar Haider Hayder
خضر | Khidr Khader Khodr
خليل | Khalil Khaleel
خليفة | Khalifa Khalifah
خلف | Khalaf
خميس | Khamis Khamees
داوود | Dawud Daoud
ذياب | Dhiyab Diyab Ziyab Thiyab Diab Dhiab
راشد | Rashid Rachid Rashed
رشيد | Rashid Rachid Rasheed
رامي | Rami Ramy
رائد | Raed Raid Ra'id
رعد | Raad Ra'd Rad Ra'ad
رضا | Rida Reda Ridha
رياض | Riyadh Riyad Riad Riadh
ربيع | Rabia Rabie Rabih
رحيم | Rahim Raheem
رمضان | Ramadan Ramazan Ramdane
رفيق | Rafiq Rafik
زاهر | Zahir Zaher
زكي | Zaki Zaky
زياد | Ziad Ziyad Zyad Ziyed
زيد | Zaid Zayd Zeid
سالم | Salim Salem
سامي | Sami Samy
سامر | Samer Samir
سمير | Samir Sameer
سعدون | Saadoun Sadun
سفيان | Sufyan Sofian Soufiane Sufian Sofiane Soufian
سلمان | Salman Selmane
سلام | Salam Sallam
سلطان | Sultan Soltan
سليم | Salim Selim Saleem
سهيل | Suhail Souheil Sohail
سيف | Saif Sayf Seif
شاكر | Shakir Shaker Chaker Chakir
شريف | Sharif Cherif Sherif
شهاب | Shihab Chihab
شوقي | Shawqi Chawki Shawki
صابر | Sabir Saber
صادق | Sadiq Sadek Sadeq
صباح | Sabah
صبري | Sabri Sabry
صدام | Saddam
صفوان | Safwan
صلاح | Salah Salaheddine
صلاح الدين | Salahuddin Salaheddine Salahaddin
ضياء | Diyaa Dia Dhiya Diaa
طارق | Tariq Tarek Tarik Tareq Tarak
طالب | Talib Taleb
طاهر | Tahir Taher
طه | Taha
ظاهر | Dhahir Zahir Dhaher Zaher
عادل | Adil Adel Aadil
عارف | Arif Aref
عامر | Amir Amer Aamer
عبود | Abboud Abbud
عدنان | Adnan
عدي | Uday Oday Udai
عزيز | Aziz
عزام | Azzam
عصام | Isam Issam Essam
عطا | Ata Atta
علاء | Alaa Ala
عماد | Imad Emad
عمار | Ammar Amar
عوض | Awad
عواد | Awwad Awad
عون | Aoun Awn
عيد | Eid Id
غازي | Ghazi
غالب | Ghalib Ghaleb
غانم | Ghanim Ghanem
غسان | Ghassan
فاروق | Faruq Farouk Farouq
فارس | Faris Fares
فاضل | Fadhil Fadil Fadhel Fadel Fadhl Fazil
فؤاد | Fuad Fouad Fu'ad
فادي | Fadi
فراس | Firas Feras
فرحان | Farhan
فرج | Faraj Faradj
فهد | Fahd Fahad
فواز | Fawwaz Fawaz
فيصل | Faisal Faysal Feisal Fayçal Faycal Faisel
قيس | Qais Kais Gais Qays Kays
كاظم | Kadhim Kazim Kazem Kadhem
كامل | Kamil Kamel
كريم | Karim Kareem
كمال | Kamal Kamel
لؤي | Luay Louai Lu'ay
لطفي | Lutfi Lotfi
ليث | Laith Layth Leith
ماجد | Majid Majed Madjid
مازن | Mazin Mazen
مالك | Malik Malek
مأمون | Mamoun Mamun Ma'mun
مجيد | Majeed Majid
محسن | Muhsin Mohsen Mohsin
مراد | Murad Mourad
مرتضى | Murtada Murtadha
مروان | Marwan
مشعل | Mishal Meshal
مصلح | Muslih
معتز | Mutaz Moataz Mu'taz
معن | Maan Ma'n
مفيد | Mufid Moufid
منذر | Munther Munzir Monzer Moundhir Mundhir Munthir Mondher
منير | Munir Mounir
مهدي | Mahdi Mehdi Mahdy
مهند | Muhannad Mohannad
موفق | Muwaffaq Mouwafak
مؤيد | Muayad Moayad Mu'ayyad
ناجي | Naji Nagi
ناصر | Nasser Nasir Naser Nacer
ناظم | Nadhim Nazim
نبيل | Nabil Nabeel
نجيب | Najib Nagib
نزار | Nizar
نصر | Nasr
نضال | Nidal Nedal
نعمان | Numan Noaman Nouman
نواف | Nawaf Nawwaf
نوري | Nouri Nuri Noori
نور الدين | Nuruddin Noureddine Nour-Eddine
هادي | Hadi
هاشم | Hashim Hachem Hashem
هاني | Hani Hany
هشام | Hisham Hesham Hichem Hicham
همام | Hammam Humam
هيثم | Haitham Haytham
وائل | Wail Wael
وسام | Wisam Wissam
وضاح | Waddah
وهيب | Wahib
يزيد | Yazid Yazeed
يعرب | Yarub Ya'rub
`;

const FEMALE = `
فاطمة | Fatima Fatimah Fatma Fatiha Fadma
خديجة | Khadija Khadidja Khadijah
عائشة | Aisha Aicha Aysha Aïcha A'isha
مريم | Mariam Maryam Myriam Meriem Meryem Mariem
زينب | Zainab Zaynab Zeinab Zineb
رقية | Ruqaya Ruqayya Roukaya Rukaya Roqaya Ruqayyah Rokia
سمية | Sumayya Soumia Sumaya Somaya Soumaya
أسماء | Asma Asmaa
هدى | Huda Houda Hoda
نور | Nour Nur Noor
آمنة | Amina Aminah Amna
أمينة | Amina Aminah
حفصة | Hafsa Hafsah
صفية | Safiya Safia Safiyya
سارة | Sara Sarah
هاجر | Hajar Hajer
ليلى | Layla Leila Laila Leïla
سلمى | Salma Selma
سعاد | Suad Souad
حنان | Hanan
إيمان | Iman Eman
أمل | Amal
رحمة | Rahma Rahmah
رنا | Rana
رشا | Rasha Racha
رباب | Rabab
رغد | Raghad
زهراء | Zahraa Zahra
الزهراء | Zahraa
زهرة | Zahra Zohra
سناء | Sanaa Sana
شيماء | Shaimaa Chaimaa Shayma
صابرين | Sabrine Sabreen
عبير | Abir Abeer
علياء | Alia Aliaa
غادة | Ghada
فرح | Farah
لبنى | Lubna Loubna
لمى | Lama
منى | Mona Muna
مها | Maha
ميسون | Maysoon Maysun
نادية | Nadia Nadya
نجلاء | Najla Najlaa
نسرين | Nisrin Nesrine Nasrin
نوال | Nawal
هالة | Hala
هبة | Hiba Heba
هند | Hind
وفاء | Wafa Wafaa
ياسمين | Yasmin Yasmine Yasmeen
خولة | Khawla Khaoula
كلثوم | Kulthum Kalthoum Kalsoum
جميلة | Jamila Djamila Jamilah
حليمة | Halima Halimah
نفيسة | Nafisa
بشرى | Bushra Bouchra
دعاء | Doaa Du'a
آلاء | Alaa Ala'a
إسراء | Israa Esraa
بتول | Batoul Batul
تسنيم | Tasnim Tasneem
جنان | Jinan
حسناء | Hasnaa Hasna
رانيا | Rania
ريم | Reem Rim
زكية | Zakia Zakiya
سهام | Siham Seham
عفاف | Afaf
فضيلة | Fadila Fadhila
كوثر | Kawthar Kaouther Kawsar
ملك | Malak
نعيمة | Naima Na'ima
وداد | Widad Ouidad
`;

/** Names met mostly as the second word of a kunya (أبو/أم + name), after the Companions. */
const KUNYA_ONLY = `
البراء | Baraa Bara Bara'a Barra Albaraa
براء | Baraa Bara
دجانة | Dujana Dujanah Doujana Dujaana
ذر | Dharr Dhar Zarr Tharr Thar Zar
تراب | Turab Torab Tourab
هريرة | Huraira Hurayra Houraira
قتادة | Qatada Katada
الدرداء | Darda Dardaa
بكر | Bakr Bakir
حفص | Hafs
الفداء | Fidaa Fida
العز | Izz
الخير | Khair Khayr
الليث | Laith
الهيثم | Haitham
محجن | Mihjan
جندل | Jandal
النور | Nour Nur
الفاروق | Faruq
المعتصم | Mutasim
الحسن | Hasan
الحسين | Husain Hussein
الزهراء | Zahraa
`;

export interface GivenName {
  /** As written, with hamza and teh marbuta. */
  arabic: string;
  latin: readonly string[];
  sex: 'm' | 'f' | 'kunya';
}

function parse(table: string, sex: GivenName['sex']): GivenName[] {
  const out: GivenName[] = [];
  for (const line of table.split('\n')) {
    const [arabic, latin] = line.split('|').map((s) => s.trim());
    if (!arabic) continue;
    out.push({ arabic, latin: (latin ?? '').split(/\s+/).filter(Boolean), sex });
  }
  return out;
}

export const GIVEN_NAMES: readonly GivenName[] = [...parse(MALE, 'm'), ...parse(FEMALE, 'f'), ...parse(KUNYA_ONLY, 'kunya')];
