import { wordSet } from './wordSet'

/**
 * Nationality and regional adjectives ("Iranian", "Israeli"). They are not entities by
 * themselves ("Israeli air strikes"), but they start title phrases ("Iranian Foreign Minister
 * Abbas Araqchi") that must be cut before the name, and their plurals ("Afghans", "Iranians")
 * are group nouns that the eval's conventions count as persons. Written for the project.
 */
export const DEMONYMS: Set<string> = wordSet(`
Afghan|Albanian|Algerian|American|Andorran|Angolan|Argentine|Argentinian|Armenian|Australian|Austrian|Azerbaijani|Azeri|
Bahraini|Bangladeshi|Belarusian|Belgian|Bolivian|Bosnian|Brazilian|British|Bulgarian|Burmese|Cambodian|Cameroonian|
Canadian|Chadian|Chilean|Chinese|Colombian|Congolese|Croatian|Cuban|Cypriot|Czech|Danish|Dutch|Ecuadorian|Egyptian|
Emirati|English|Eritrean|Estonian|Ethiopian|Filipino|Finnish|French|Georgian|German|Ghanaian|Greek|Guatemalan|
Haitian|Honduran|Hungarian|Icelandic|Indian|Indonesian|Iranian|Iraqi|Irish|Israeli|Italian|Ivorian|Jamaican|
Japanese|Jordanian|Kazakh|Kenyan|Korean|Kosovar|Kuwaiti|Kyrgyz|Lao|Laotian|Latvian|Lebanese|Liberian|Libyan|
Lithuanian|Luxembourgish|Macedonian|Malagasy|Malaysian|Malian|Maltese|Mexican|Moldovan|Mongolian|Montenegrin|
Moroccan|Mozambican|Namibian|Nepalese|Nepali|New Zealand|Nicaraguan|Nigerian|Nigerien|Norwegian|Omani|Pakistani|
Palestinian|Panamanian|Paraguayan|Peruvian|Polish|Portuguese|Qatari|Romanian|Russian|Rwandan|Saudi|Scottish|
Senegalese|Serbian|Singaporean|Slovak|Slovenian|Somali|South African|Spanish|Sri Lankan|Sudanese|Swedish|Swiss|
Syrian|Taiwanese|Tajik|Tanzanian|Thai|Tunisian|Turkish|Turkmen|Ugandan|Ukrainian|Uruguayan|Uzbek|Venezuelan|
Vietnamese|Welsh|Yemeni|Zambian|Zimbabwean|Kurdish|Arab|Arabic|Persian|Asian|African|European|Latin|Western|
Eastern|Soviet|Ottoman|Baltic|Balkan|Nordic|Scandinavian|Caucasian|Middle Eastern|Gulf|Pacific|Atlantic|Mediterranean|
Caribbean|Siberian|Crimean|Chechen|Tibetan|Uighur|Uyghur|Texan|Californian|Floridian|Hispanic|Latino|Jewish|Muslim|
Christian|Catholic|Protestant|Orthodox|Sunni|Shia|Shiite|Hindu|Buddhist|Sikh|Islamic|Federal|Republican|Democratic|
Conservative|Liberal|Socialist|Communist|Labour|Green|Sino|Anglo|Franco|Russo|Euro|Commonwealth|Pashtun|
Shiite|Alawite|Druze|Maori|Aboriginal|Quebecois|Parisian|Muscovite|Londoner|Hong Konger
`)
