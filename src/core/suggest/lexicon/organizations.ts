import { wordSet } from './wordSet'

/**
 * Organisations that news names without a telling head word: agencies, companies, news
 * outlets, international bodies, armed groups, and seats of government used for their
 * institution. Written for the project.
 *
 * Metonyms: "the Kremlin", "the White House", "the Pentagon", "Downing Street" name the
 * institution that speaks, so they are organisations; capitals ("Moscow", "Tehran") stay places
 * even when they stand for a government, because the registry entity they link to is the city.
 */
export const ORGANIZATIONS: Set<string> = wordSet(`
Kremlin|White House|Pentagon|Downing Street|Elysee|Élysée|Elysee Palace|Quai d'Orsay|Whitehall|Capitol Hill|
Foggy Bottom|Bundestag|Bundesrat|Duma|State Duma|Knesset|Majlis|Rada|Verkhovna Rada|Sejm|Storting|Riksdag|
Congress|Senate|Parliament|Politburo|Vatican|Holy See|Hamas|Hezbollah|Hizbollah|Taliban|al-Qaeda|al-Qaida|
Al Qaeda|Islamic State|ISIS|ISIL|Daesh|Boko Haram|al-Shabab|al-Shabaab|Houthis|Houthi|IRGC|Wagner|PKK|YPG|
Fatah|PLO|Muslim Brotherhood|Mossad|Shin Bet|FSB|KGB|GRU|SVR|CIA|FBI|NSA|DHS|ICE|DEA|ATF|IRS|FDA|CDC|EPA|NASA|
FEMA|SEC|FCC|FTC|NIH|NOAA|Fed|Federal Reserve|Treasury|State Department|Justice Department|Home Office|
Foreign Office|MI5|MI6|GCHQ|NHS|BBC|ITV|Sky News|Channel 4|Reuters|AP|Associated Press|AFP|Agence France-Presse|
Bloomberg|TASS|Tass|RIA Novosti|RIA|Interfax|Xinhua|IRNA|ISNA|Fars|Tasnim|Kyodo|Yonhap|KCNA|Al Jazeera|
Al-Jazeera|Al Arabiya|CNN|MSNBC|Fox News|Fox|CBS|NBC|ABC|NPR|PBS|CNBC|C-SPAN|Politico|Axios|Breitbart|
Breitbart News|HuffPost|Huffington Post|Vox|Slate|BuzzFeed|Vice|Wikipedia|Wikileaks|WikiLeaks|
New York Times|Washington Post|Wall Street Journal|Financial Times|Guardian|Times|Telegraph|Independent|
Economist|Der Spiegel|Spiegel|Le Monde|Le Figaro|El Pais|El País|Corriere della Sera|la Repubblica|Haaretz|
Kommersant|Izvestia|Pravda|Vedomosti|Meduza|Novaya Gazeta|Ukrainska Pravda|Kyiv Independent|Shutterstock|
Getty|Getty Images|Abaca|SalamPix|EPA-EFE|EFE|ANSA|DPA|dpa|PA|Press Association|Canadian Press|
United Nations|UN|U.N.|UNESCO|UNICEF|UNHCR|UNRWA|WHO|WTO|IMF|World Bank|OPEC|OPEC+|NATO|EU|European Union|
European Commission|European Parliament|European Council|ECB|Council of Europe|OSCE|G7|G20|BRICS|ASEAN|
African Union|Arab League|Gulf Cooperation Council|GCC|SCO|CSTO|IAEA|ICC|ICJ|Interpol|Europol|Frontex|
Red Cross|Red Crescent|ICRC|Amnesty International|Human Rights Watch|Greenpeace|Oxfam|MSF|
Doctors Without Borders|Save the Children|Transparency International|Reporters Without Borders|RSF|
Apple|Google|Alphabet|Microsoft|Amazon|Meta|Facebook|Instagram|WhatsApp|Twitter|X Corp|TikTok|ByteDance|
YouTube|Netflix|Disney|Tesla|SpaceX|OpenAI|Nvidia|Intel|AMD|IBM|Oracle|Samsung|Sony|Huawei|Xiaomi|Alibaba|
Tencent|Baidu|Toyota|Volkswagen|BMW|Mercedes|Daimler|Ford|General Motors|GM|Boeing|Airbus|Lockheed Martin|
Raytheon|Gazprom|Rosneft|Lukoil|Rosatom|Aeroflot|Sberbank|VTB|Shell|BP|ExxonMobil|Exxon|Chevron|TotalEnergies|
Total|Aramco|Saudi Aramco|Goldman Sachs|JPMorgan|Morgan Stanley|Citigroup|HSBC|Barclays|Deutsche Bank|UBS|
Credit Suisse|BlackRock|Visa|Mastercard|PayPal|Uber|Airbnb|Walmart|Pfizer|Moderna|AstraZeneca|BioNTech|
Johnson & Johnson|Nintendo|Coca-Cola|Pepsi|McDonald's|Starbucks|Nike|Adidas|IKEA|Siemens|
FIFA|UEFA|IOC|Olympics|NFL|NBA|MLB|NHL|Premier League|Formula One|
GOP|Labour|Tories|Conservatives|Liberal Democrats|Lib Dems|SNP|Likud|CDU|SPD|AfD|
United Russia|Sinn Fein|ANC|BJP|Congress Party|Democratic Party|Republican Party|Conservative Party|Labour Party
`)
