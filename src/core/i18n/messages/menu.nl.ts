import type { AreaMessages } from './area';

// The native menu bar (Electron) and the renderer's command labels. `&` marks the mnemonic.
export const menuNl = {
  'menu.file': '&Bestand',
  'menu.edit': 'Be&werken',
  'menu.export': 'E&xporteren',
  'menu.view': 'Beel&d',
  'menu.help': '&Help',
  'menu.openRecent': 'Recent geopend',
  'menu.noRecent': 'Geen recente projecten',
  'menu.closeWindow': 'Venster sluiten',
  'menu.quit': 'Afsluiten',
  'menu.openDataFolder': 'Gegevensmap openen',
  'menu.undo': 'Ongedaan maken',
  'menu.redo': 'Opnieuw uitvoeren',
  'menu.cut': 'Knippen',
  'menu.copy': 'Kopiëren',
  'menu.paste': 'Plakken',
  'menu.selectAll': 'Alles selecteren',
  'menu.reload': 'Opnieuw laden',
  'menu.toggleDevTools': 'Ontwikkelaarshulpmiddelen',
  'menu.resetZoom': 'Werkelijke grootte',
  'menu.zoomIn': 'Inzoomen',
  'menu.zoomOut': 'Uitzoomen',
  'menu.fullScreen': 'Volledig scherm',
  'menu.about': 'Over Policy Workbench',
} satisfies AreaMessages<'menu'>;
