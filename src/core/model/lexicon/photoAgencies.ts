/**
 * Photo and wire agencies, picture desks and distributors that appear in credit lines, for
 * parseCreditLine. Written from general newsroom knowledge; extend freely.
 *
 * `role` says where the name usually stands in a credit line: an `agency` made the picture (or
 * employs the photographer), a `distributor` resells other agencies' pictures ("… / Shutterstock
 * Editorial", "… via Getty Images"), `both` does either. Short acronyms (four letters or fewer)
 * match only in the spelling given, so "AP" is the agency but "Ap" is not; longer names match
 * case-insensitively. Aliases are other spellings of the same agency.
 */
export type PhotoAgencyRole = 'agency' | 'distributor' | 'both'

export interface PhotoAgency {
  name: string
  role: PhotoAgencyRole
  aliases?: string[]
  /** Not an agency but a note on how the picture came (Pool, Handout), standing in the agency's place. */
  standIn?: true
}

export const PHOTO_AGENCIES: readonly PhotoAgency[] = [
  // International wire agencies
  { name: 'AP', role: 'agency', aliases: ['Associated Press', 'The Associated Press', 'AP Images'] },
  { name: 'Reuters', role: 'both', aliases: ['REUTERS', 'Thomson Reuters', 'Reuters Pictures'] },
  { name: 'AFP', role: 'both', aliases: ['Agence France-Presse', 'Agence France Presse'] },
  { name: 'EPA', role: 'agency', aliases: ['epa', 'EPA-EFE', 'European Pressphoto Agency'] },
  { name: 'EFE', role: 'agency', aliases: ['Agencia EFE'] },
  { name: 'dpa', role: 'agency', aliases: ['DPA', 'Deutsche Presse-Agentur'] },
  { name: 'picture alliance', role: 'both', aliases: ['picture-alliance'] },
  { name: 'UPI', role: 'agency', aliases: ['United Press International'] },
  { name: 'Bloomberg', role: 'agency', aliases: ['Bloomberg News'] },
  { name: 'Xinhua', role: 'agency', aliases: ['Xinhua News Agency'] },
  { name: 'TASS', role: 'agency', aliases: ['ITAR-TASS'] },
  { name: 'Sputnik', role: 'agency', aliases: ['RIA Novosti'] },
  { name: 'Kyodo', role: 'agency', aliases: ['Kyodo News'] },
  { name: 'Jiji Press', role: 'agency', aliases: ['Jiji'] },
  { name: 'Yonhap', role: 'agency', aliases: ['Yonhap News Agency'] },
  { name: 'Anadolu', role: 'agency', aliases: ['Anadolu Agency', 'Anadolu Ajansı', 'Anadolu Ajansi'] },
  // National agencies
  { name: 'PA', role: 'agency', aliases: ['PA Images', 'PA Wire', 'PA Media', 'Press Association'] },
  { name: 'ANP', role: 'agency' },
  { name: 'ANSA', role: 'agency' },
  { name: 'APA', role: 'agency', aliases: ['APA-PictureDesk'] },
  { name: 'AAP', role: 'agency', aliases: ['Australian Associated Press', 'AAP Image'] },
  { name: 'The Canadian Press', role: 'agency', aliases: ['Canadian Press'] },
  { name: 'Belga', role: 'agency' },
  { name: 'Keystone', role: 'agency', aliases: ['Keystone-SDA'] },
  { name: 'TT', role: 'agency', aliases: ['TT News Agency'] },
  { name: 'NTB', role: 'agency', aliases: ['NTB Scanpix'] },
  { name: 'Ritzau Scanpix', role: 'agency', aliases: ['Ritzau', 'Scanpix'] },
  { name: 'Lehtikuva', role: 'agency' },
  { name: 'Lusa', role: 'agency' },
  { name: 'Europa Press', role: 'agency' },
  { name: 'ČTK', role: 'agency', aliases: ['CTK'] },
  { name: 'PAP', role: 'agency' },
  { name: 'MTI', role: 'agency' },
  { name: 'Ukrinform', role: 'agency' },
  { name: 'BelTA', role: 'agency' },
  { name: 'IRNA', role: 'agency' },
  { name: 'ISNA', role: 'agency' },
  { name: 'WANA', role: 'agency', aliases: ['West Asia News Agency'] },
  { name: 'Tasnim', role: 'agency', aliases: ['Tasnim News Agency'] },
  { name: 'Fars', role: 'agency', aliases: ['Fars News Agency'] },
  { name: 'Mehr', role: 'agency', aliases: ['Mehr News Agency'] },
  { name: 'SalamPix', role: 'agency' },
  { name: 'PTI', role: 'agency', aliases: ['Press Trust of India'] },
  { name: 'KCNA', role: 'agency' },
  { name: 'SANA', role: 'agency' },
  { name: 'WAFA', role: 'agency' },
  { name: 'Notimex', role: 'agency' },
  { name: 'Télam', role: 'agency', aliases: ['Telam'] },
  // Photo agencies and collectives
  { name: 'Abaca', role: 'both', aliases: ['Abaca Press', 'ABACAPRESS.COM', 'AbacaPress'] },
  { name: 'Sipa', role: 'both', aliases: ['Sipa Press', 'Sipa USA', 'SIPA'] },
  { name: 'ZUMA', role: 'both', aliases: ['ZUMA Press', 'ZUMA Wire', 'ZUMAPRESS.com', 'ZUMA Press Wire'] },
  { name: 'NurPhoto', role: 'agency' },
  { name: 'SOPA Images', role: 'agency' },
  { name: 'LightRocket', role: 'agency' },
  { name: 'Pacific Press', role: 'agency' },
  { name: 'Hans Lucas', role: 'agency' },
  { name: 'Hollandse Hoogte', role: 'agency' },
  { name: 'Magnum Photos', role: 'agency', aliases: ['Magnum'] },
  { name: 'VII', role: 'agency', aliases: ['VII Photo'] },
  { name: 'Panos Pictures', role: 'agency', aliases: ['Panos'] },
  { name: 'Agence VU', role: 'agency' },
  { name: 'Gamma-Rapho', role: 'agency', aliases: ['Gamma', 'Rapho'] },
  { name: 'Hemis', role: 'agency' },
  { name: 'Polaris', role: 'both', aliases: ['Polaris Images'] },
  { name: 'Redux', role: 'both', aliases: ['Redux Pictures'] },
  { name: 'Imago', role: 'both', aliases: ['IMAGO', 'Imago Images'] },
  { name: 'ullstein bild', role: 'both' },
  { name: 'Action Images', role: 'agency' },
  { name: 'Sportsfile', role: 'agency' },
  { name: 'Icon Sportswire', role: 'agency' },
  { name: 'USA Today Sports', role: 'agency', aliases: ['USA TODAY Sports', 'USA TODAY NETWORK'] },
  { name: 'WENN', role: 'agency' },
  { name: 'Splash News', role: 'agency' },
  { name: 'Backgrid', role: 'agency', aliases: ['BACKGRID'] },
  { name: 'MEGA', role: 'agency', aliases: ['MEGA Agency'] },
  { name: 'Science Photo Library', role: 'both' },
  { name: 'Bridgeman Images', role: 'both', aliases: ['Bridgeman'] },
  // Distributors and stock libraries
  { name: 'Getty Images', role: 'both', aliases: ['Getty'] },
  { name: 'Shutterstock', role: 'distributor', aliases: ['Shutterstock Editorial'] },
  { name: 'Rex Features', role: 'agency', aliases: ['REX'] },
  { name: 'Alamy', role: 'distributor', aliases: ['Alamy Live News', 'Alamy Stock Photo'] },
  { name: 'iStock', role: 'distributor', aliases: ['iStockphoto'] },
  { name: 'Adobe Stock', role: 'distributor' },
  { name: 'Corbis', role: 'both', aliases: ['Corbis via Getty Images'] },
  { name: 'Contour', role: 'distributor', aliases: ['Contour by Getty Images'] },
  { name: 'Newscom', role: 'distributor' },
  { name: 'Pixsell', role: 'agency' },
  // Not agencies, but they stand in the agency's place in a credit line
  { name: 'Pool', role: 'agency', aliases: ['POOL', 'Pool Photo', 'Kremlin Pool'], standIn: true },
  { name: 'Handout', role: 'agency', aliases: ['HANDOUT'], standIn: true }
]
