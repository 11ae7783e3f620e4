import { wordSet } from './wordSet'

/**
 * Place names the suggester knows without a registry: sovereign states and common short forms,
 * US states, Canadian provinces, Australian states, continents and regions, and the cities that
 * wire copy names most (capitals and large or often-reported cities). Written for the project.
 * Multi-word names are matched as whole token sequences ("New Zealand", "Hong Kong").
 */
export const PLACES: Set<string> = wordSet(`
Afghanistan|Albania|Algeria|Andorra|Angola|Antigua|Argentina|Armenia|Australia|Austria|Azerbaijan|Bahamas|Bahrain|
Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|Bosnia|Bosnia and Herzegovina|Herzegovina|Botswana|Brazil|Brunei|
Bulgaria|Burkina Faso|Burundi|Cambodia|Cameroon|Canada|Cape Verde|Central African Republic|Chad|Chile|China|Colombia|
Comoros|Congo|Costa Rica|Croatia|Cuba|Cyprus|Czech Republic|Czechia|Denmark|Djibouti|Dominica|Dominican Republic|
East Timor|Ecuador|Egypt|El Salvador|Equatorial Guinea|Eritrea|Estonia|Eswatini|Ethiopia|Fiji|Finland|France|Gabon|
Gambia|Georgia|Germany|Ghana|Greece|Grenada|Guatemala|Guinea|Guinea-Bissau|Guyana|Haiti|Honduras|Hungary|Iceland|
India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|Ivory Coast|Jamaica|Japan|Jordan|Kazakhstan|Kenya|Kiribati|Kosovo|
Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|Lesotho|Liberia|Libya|Liechtenstein|Lithuania|Luxembourg|Madagascar|Malawi|
Malaysia|Maldives|Mali|Malta|Mauritania|Mauritius|Mexico|Micronesia|Moldova|Monaco|Mongolia|Montenegro|Morocco|
Mozambique|Myanmar|Burma|Namibia|Nauru|Nepal|Netherlands|Holland|New Zealand|Nicaragua|Niger|Nigeria|North Korea|Korea|
North Macedonia|Macedonia|Norway|Oman|Pakistan|Palau|Palestine|Panama|Papua New Guinea|Paraguay|Peru|Philippines|
Poland|Portugal|Qatar|Romania|Russia|Rwanda|Samoa|San Marino|Saudi Arabia|Senegal|Serbia|Seychelles|Sierra Leone|
Singapore|Slovakia|Slovenia|Solomon Islands|Somalia|South Africa|South Korea|South Sudan|Spain|Sri Lanka|Sudan|
Suriname|Sweden|Switzerland|Syria|Taiwan|Tajikistan|Tanzania|Thailand|Togo|Tonga|Trinidad|Tobago|Trinidad and Tobago|Tunisia|Turkey|Türkiye|
Turkmenistan|Tuvalu|Uganda|Ukraine|United Arab Emirates|UAE|United Kingdom|UK|U.K.|Britain|Great Britain|England|
Scotland|Wales|Northern Ireland|United States|United States of America|US|U.S.|USA|U.S.A.|America|Uruguay|Uzbekistan|Vanuatu|
Vatican|Vatican City|Venezuela|Vietnam|Yemen|Zambia|Zimbabwe|Greenland|Puerto Rico|Hong Kong|Macau|Macao|Tibet|
Islamic Republic|Gaza|Gaza Strip|West Bank|Crimea|Donbas|Donbass|Kashmir|Chechnya|Dagestan|Abkhazia|Transnistria|Kurdistan|
Africa|Asia|Europe|North America|South America|Latin America|Central America|Antarctica|Oceania|Arctic|Antarctic|
Middle East|Near East|Far East|Gulf|Persian Gulf|Balkans|Caucasus|Scandinavia|Baltics|Sahel|Horn of Africa|
Central Asia|South Asia|Southeast Asia|South East Asia|East Asia|Eastern Europe|Western Europe|Siberia|Mediterranean|
Caribbean|Pacific|Atlantic|Indian Ocean|Black Sea|Red Sea|Caspian Sea|Baltic Sea|North Sea|South China Sea|
Strait of Hormuz|Suez Canal|Pacific Northwest|Midwest|New England|Silicon Valley|Wall Street|
Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|Illinois|Indiana|
Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|
Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|
Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|West Virginia|
Washington|Wisconsin|Wyoming|Washington D.C.|Washington, D.C.|D.C.|Ontario|Quebec|British Columbia|Alberta|Manitoba|
Saskatchewan|Nova Scotia|New Brunswick|Newfoundland|Yukon|New South Wales|Victoria|Queensland|Tasmania|
South Australia|Western Australia|Northern Territory|Bavaria|Catalonia|Sicily|Sardinia|Corsica|
Normandy|Brittany|Provence|Andalusia|Flanders|Wallonia|Punjab|Bengal|Kerala|Gujarat|Xinjiang|Guangdong|Sichuan|
Kabul|Kandahar|Herat|Tirana|Algiers|Luanda|Buenos Aires|Yerevan|Canberra|Sydney|Melbourne|Brisbane|Perth|Adelaide|
Vienna|Baku|Manama|Dhaka|Minsk|Brussels|Antwerp|La Paz|Sarajevo|Brasilia|Rio de Janeiro|Sao Paulo|São Paulo|Sofia|
Phnom Penh|Ottawa|Toronto|Montreal|Vancouver|Calgary|Edmonton|Santiago|Beijing|Shanghai|Shenzhen|Guangzhou|Wuhan|
Bogota|Bogotá|Havana|Nicosia|Prague|Copenhagen|Cairo|Alexandria|Addis Ababa|Helsinki|Paris|Marseille|Lyon|Nice|
Tbilisi|Berlin|Munich|Hamburg|Frankfurt|Cologne|Bonn|Accra|Athens|Budapest|Reykjavik|New Delhi|Delhi|Mumbai|
Kolkata|Chennai|Bangalore|Jakarta|Tehran|Isfahan|Natanz|Fordow|Bushehr|Mashhad|Tabriz|Qom|Baghdad|Basra|Mosul|Erbil|Dublin|Jerusalem|Tel Aviv|
Haifa|Rome|Milan|Naples|Turin|Venice|Florence|Genoa|Tokyo|Osaka|Kyoto|Hiroshima|Amman|Astana|Almaty|Nairobi|Pristina|
Kuwait City|Bishkek|Riga|Beirut|Tripoli|Benghazi|Vilnius|Kuala Lumpur|Valletta|Mexico City|Chisinau|Ulaanbaatar|
Rabat|Casablanca|Kathmandu|Amsterdam|Rotterdam|The Hague|Wellington|Auckland|Christchurch|Abuja|Lagos|Pyongyang|
Seoul|Busan|Oslo|Muscat|Islamabad|Karachi|Lahore|Ramallah|Manila|Warsaw|Krakow|Lisbon|Porto|Doha|Bucharest|
Moscow|St Petersburg|St. Petersburg|Saint Petersburg|Kursk|Belgorod|Sochi|Volgograd|Kazan|Novosibirsk|Riyadh|Jeddah|
Mecca|Medina|Belgrade|Bratislava|Ljubljana|Mogadishu|Johannesburg|Cape Town|Pretoria|Durban|Madrid|Barcelona|
Valencia|Seville|Colombo|Khartoum|Stockholm|Gothenburg|Bern|Geneva|Zurich|Basel|Lausanne|Davos|Damascus|Aleppo|
Homs|Idlib|Raqqa|Taipei|Dushanbe|Dodoma|Dar es Salaam|Bangkok|Tunis|Ankara|Istanbul|Kampala|Kyiv|Kiev|Kharkiv|
Odesa|Odessa|Lviv|Mariupol|Donetsk|Luhansk|Zaporizhzhia|Kherson|Bakhmut|Dubai|Abu Dhabi|London|Manchester|
Birmingham|Liverpool|Leeds|Glasgow|Edinburgh|Cardiff|Belfast|Oxford|Cambridge|Bristol|New York City|Los Angeles|Chicago|
Houston|Dallas|Austin|San Antonio|Philadelphia|Phoenix|San Diego|San Francisco|Seattle|Boston|Miami|Atlanta|
Detroit|Denver|Las Vegas|New Orleans|Baltimore|Pittsburgh|Cleveland|Minneapolis|St. Louis|Nashville|Portland|
Sacramento|Orlando|Tampa|Honolulu|Anchorage|Brooklyn|Manhattan|Queens|Bronx|Hollywood|LA|L.A.|Tashkent|Caracas|Hanoi|
Ho Chi Minh City|Sanaa|Aden|Lusaka|Harare|Gaza City|Rafah|Khan Younis|Hebron|Nablus|Jenin|Golan Heights|Sinai|
Luxembourg City|Monaco|Singapore|Kinshasa|Brazzaville|Dakar|Bamako|Niamey|Ouagadougou|Conakry|Freetown|Monrovia|
Yaounde|Libreville|Kigali|Bujumbura|Lilongwe|Maputo|Windhoek|Gaborone|Antananarivo|Port-au-Prince|Kingston|
Santo Domingo|San Juan|Panama City|San Jose|Managua|Tegucigalpa|Guatemala City|Quito|Lima|Asuncion|Montevideo|
Yangon|Naypyidaw|Vientiane|Thimphu|Male|Macau|Shenzhen|Kaohsiung|Okinawa|
Crimean Peninsula|Kaliningrad|Chernobyl|Fukushima|Lampedusa|Calais|Dover|Gibraltar|Strasbourg|Bordeaux|Toulouse|
Cologne|Stuttgart|Dresden|Leipzig|Salzburg|Zagreb|Split|Skopje|Podgorica|Tallinn|Gdansk|Minsk|Mecca|Karbala|Najaf|
Mars|Venus|Jupiter|Saturn|Uranus|Neptune|Pluto|
Lombardy|Piedmont|Liguria|Veneto|Tuscany|Umbria|Lazio|Campania|Apulia|Puglia|Calabria|Basilicata|Molise|Abruzzo|
Emilia-Romagna|Friuli|Trentino|South Tyrol|Aosta Valley|Marche|
Galicia|Asturias|Cantabria|Basque Country|Navarre|Aragon|Castile|La Rioja|Extremadura|Murcia|Canary Islands|Balearic Islands|
Saxony|Lower Saxony|Hesse|Thuringia|Brandenburg|Rhineland|North Rhine-Westphalia|Baden-Württemberg|Schleswig-Holstein|
Alsace|Lorraine|Burgundy|Champagne|Picardy|Auvergne|Occitanie|Languedoc|Aquitaine|Île-de-France|Ile-de-France|Savoy|Riviera|
Yorkshire|Lancashire|Kent|Essex|Surrey|Sussex|Cornwall|Devon|Norfolk|Suffolk|Cheshire|Cumbria|Northumberland|Merseyside|
Midlands|Highlands|Home Counties|Ulster|Munster|Leinster|Connacht|Tyrol|Carinthia|Styria|Lapland|Transylvania|Silesia|
Bohemia|Moravia|Anatolia|Kurdistan Region|Galilee|Negev|Punjab|Rajasthan|Tamil Nadu|Karnataka|Maharashtra|Uttar Pradesh|
Bihar|Assam|Hokkaido|Kyushu|Honshu|Mindanao|Luzon|Java|Sumatra|Borneo|Bali|Papua|Patagonia|Amazon|Andes|Alps|
Pyrenees|Himalayas|Rockies|Appalachia|Sahara|Outback|
Himachal Pradesh|Madhya Pradesh|Andhra Pradesh|Arunachal Pradesh|Telangana|Odisha|Jharkhand|Chhattisgarh|Haryana|
Uttarakhand|Goa|Manipur|Mizoram|Nagaland|Sikkim|Tripura|Meghalaya|West Bengal|Jammu|Ladakh|Sindh|Balochistan|
Khyber Pakhtunkhwa|Waziristan|Helmand|Nangarhar|Kunduz|Mazar-i-Sharif|Jalalabad|Peshawar|Quetta|Rawalpindi|
Hyderabad|Ahmedabad|Pune|Surat|Jaipur|Lucknow|Kanpur|Nagpur|Indore|Bhopal|Patna|Varanasi|Agra|Amritsar|Srinagar|
Chandigarh|Kochi|Thiruvananthapuram|Mysore|Coimbatore|Madurai|Visakhapatnam|Guwahati|Bhubaneswar|Kathmandu|
Nagoya|Yokohama|Kobe|Sapporo|Sendai|Fukuoka|Nagasaki|Incheon|Daegu|Gwangju|Tianjin|Chongqing|Chengdu|Nanjing|
Hangzhou|Xi'an|Harbin|Shenyang|Dalian|Qingdao|Xiamen|Kunming|Lhasa|Urumqi|Hong Kong Island|Kowloon|Taichung|Tainan|
Ho Chi Minh|Saigon|Da Nang|Haiphong|Chiang Mai|Phuket|Pattaya|Mandalay|Cebu|Davao|Surabaya|Bandung|Medan|
Yogyakarta|Penang|Johor Bahru|Karachi|Chittagong|Kandy|Mumbai|Goa|
Marseilles|Nantes|Lille|Rennes|Montpellier|Grenoble|Cannes|Versailles|Naples|Bologna|Palermo|Bari|Catania|Verona|
Pisa|Siena|Parma|Modena|Trieste|Padua|Bergamo|Brescia|Malaga|Málaga|Bilbao|Zaragoza|Granada|
Córdoba|Palma|Ibiza|San Sebastian|Salamanca|Porto Alegre|Recife|Fortaleza|Belo Horizonte|Manaus|
Curitiba|Medellin|Medellín|Cali|Cartagena|Guadalajara|Monterrey|Tijuana|Cancun|Cancún|Acapulco|Juarez|Ciudad Juárez|Rosario|Mendoza|Valparaiso|Cusco|Arequipa|Guayaquil|Maracaibo|
Rotterdam|Utrecht|Eindhoven|Ghent|Bruges|Liege|Liège|Charleroi|Düsseldorf|Dusseldorf|Dortmund|Essen|Bremen|Hanover|
Hannover|Nuremberg|Heidelberg|Freiburg|Mainz|Wiesbaden|Potsdam|Rostock|Graz|Linz|Innsbruck|Geneva|Lugano|Bergen|
Trondheim|Malmo|Malmö|Uppsala|Aarhus|Odense|Turku|Tampere|Tartu|Kaunas|Wroclaw|Wrocław|Poznan|Poznań|Lodz|Łódź|
Brno|Ostrava|Kosice|Debrecen|Szeged|Cluj-Napoca|Cluj|Timisoara|Iasi|Constanta|Varna|Plovdiv|Thessaloniki|Patras|
Heraklion|Izmir|Antalya|Bursa|Adana|Gaziantep|Diyarbakir|Trabzon|Batumi|Kutaisi|Gyumri|Ganja|Yekaterinburg|Samara|Omsk|Chelyabinsk|Rostov-on-Don|Ufa|Krasnoyarsk|Perm|Voronezh|Saratov|Krasnodar|Vladivostok|
Irkutsk|Murmansk|Arkhangelsk|Grozny|Makhachkala|Sevastopol|Simferopol|Yalta|Dnipro|Dnipropetrovsk|Mykolaiv|Sumy|
Chernihiv|Poltava|Vinnytsia|Zhytomyr|Irpin|Bucha|Avdiivka|Melitopol|Berdyansk|Severodonetsk|Lysychansk|
Leicester|Nottingham|Sheffield|Sunderland|Southampton|Portsmouth|Brighton|Plymouth|Norwich|Coventry|Stoke|York|Canterbury|Exeter|Aberdeen|Dundee|Inverness|Swansea|Derry|Londonderry|Cork|
Galway|Limerick|Waterford|Kilkenny|
Oakland|San Jose|Long Beach|Fresno|Santa Monica|Pasadena|Berkeley|Palo Alto|Cupertino|Irvine|
Anaheim|Riverside|Bakersfield|Salt Lake City|Boise|Albuquerque|Santa Fe|Tucson|Reno|Spokane|Tacoma|Fort Worth|
El Paso|Plano|Corpus Christi|Oklahoma City|Tulsa|Wichita|Omaha|Kansas City|Des Moines|Milwaukee|Indianapolis|Columbus|Cincinnati|Louisville|Memphis|Knoxville|Chattanooga|Little Rock|Baton Rouge|Shreveport|Raleigh|Greensboro|Charleston|Savannah|Jacksonville|Tallahassee|Fort Lauderdale|West Palm Beach|Palm Beach|Key West|Virginia Beach|Alexandria|Annapolis|Wilmington|Newark|Jersey City|Trenton|Hartford|
New Haven|Worcester|Albany|Buffalo|Rochester|Syracuse|Burlington|Bangor|Harrisburg|Scranton|Allentown|Akron|Dayton|Grand Rapids|Ann Arbor|Lansing|
Fargo|Sioux Falls|Billings|Cheyenne|Juneau|Fairbanks|Hilo|Staten Island|Long Island|Cape Cod|Martha's Vineyard|
Halifax|Winnipeg|Saskatoon|Quebec City|Sudbury|Thunder Bay|
Whitehorse|Yellowknife|Iqaluit|St. John's|Charlottetown|Fredericton|Moncton|Gatineau|Laval|Mississauga|Brampton|Burnaby|Kelowna|
Gold Coast|Wollongong|Geelong|Hobart|Darwin|Cairns|Townsville|Alice Springs|Dunedin|Queenstown|
Durban|Port Elizabeth|Soweto|Bloemfontein|Harare|Bulawayo|Mombasa|Kisumu|Arusha|Zanzibar|Goma|Lubumbashi|Juba|
Port Sudan|Omdurman|Benghazi|Misrata|Sirte|Tobruk|Sfax|Oran|Constantine|Marrakesh|Marrakech|Fez|Tangier|
Timbuktu|Gao|Kano|Ibadan|Port Harcourt|Kaduna|Maiduguri|Enugu|Kumasi|Abidjan|Yamoussoukro|Lome|Lomé|Cotonou|
Porto-Novo|Douala|Bangui|N'Djamena|Nouakchott|Banjul|Bissau|Asmara|Djibouti|Hargeisa|Kismayo|Eldoret|
Latakia|Tartus|Deir ez-Zor|Daraa|Hama|Kobani|Afrin|Manbij|Kirkuk|Fallujah|Ramadi|Tikrit|Najaf|Samarra|Sulaymaniyah|
Shiraz|Ahvaz|Kermanshah|Bandar Abbas|Sidon|Tyre|Baalbek|Tel Aviv-Yafo|Jaffa|Ashdod|Ashkelon|Beersheba|Eilat|
Nazareth|Bethlehem|Jericho|Aqaba|Irbid|Zarqa|Dammam|Taif|Medina|Sharjah|Ajman|Salalah|Sanaa|Taiz|Hodeidah|Marib
`)
