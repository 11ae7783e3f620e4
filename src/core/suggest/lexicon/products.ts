import { wordSet } from './wordSet'

/**
 * Well-known products, services and formats that news names with capitals but that are neither
 * people, organisations nor places: browsers, operating systems, devices, consoles, apps and
 * file formats. Typed 'other'. Written for the project.
 */
export const PRODUCTS: Set<string> = wordSet(`
Internet Explorer|Firefox|Chrome|Safari|Chromium|
Windows|Windows XP|Windows Vista|Windows 7|Windows 8|Windows 10|Windows 11|macOS|Mac OS|OS X|iOS|Android|Linux|Ubuntu|
ChromeOS|Chrome OS|iPhone|iPad|iPod|iMac|MacBook|Apple Watch|AirPods|Kindle|Alexa|Siri|Cortana|
PlayStation|PlayStation VR|PS4|PS5|Xbox|Xbox One|Nintendo Switch|Wii|Game Boy|Oculus|Oculus Rift|HoloLens|
Gmail|Hotmail|Skype|Photoshop|PowerPoint|JavaScript|
Python|HTML|HTML5|CSS|PDF|JPEG|MP3|MP4|USB|Bluetooth|Wi-Fi|WiFi|GPS|ChatGPT|Bitcoin|Ethereum|
Boeing 737|Boeing 747|Boeing 757|Boeing 767|Boeing 777|Boeing 787|Airbus A320|Airbus A380|Concorde|
Model S|Model 3|Model X|Model Y|Prius|Big Mac|Coca-Cola Zero|Viagra|Prozac|Botox|Lego|Scrabble|Tetris|Minecraft|
Fortnite|Pokémon|Pokemon|Pokémon Go|Pokemon Go|Wikipedia article
`)
