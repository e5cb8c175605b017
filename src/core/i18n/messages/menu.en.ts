import type { Translation } from './area';
import type { menuNl } from './menu.nl';

export const menuEn: Translation<typeof menuNl> = {
  'menu.file': '&File',
  'menu.edit': '&Edit',
  'menu.export': 'E&xport',
  'menu.view': '&View',
  'menu.help': '&Help',
  'menu.openRecent': 'Open recent',
  'menu.noRecent': 'No recent projects',
  'menu.closeWindow': 'Close window',
  'menu.quit': 'Quit',
  'menu.openDataFolder': 'Open data folder',
  'menu.undo': 'Undo',
  'menu.redo': 'Redo',
  'menu.cut': 'Cut',
  'menu.copy': 'Copy',
  'menu.paste': 'Paste',
  'menu.selectAll': 'Select all',
  'menu.reload': 'Reload',
  'menu.toggleDevTools': 'Developer tools',
  'menu.resetZoom': 'Actual size',
  'menu.zoomIn': 'Zoom in',
  'menu.zoomOut': 'Zoom out',
  'menu.fullScreen': 'Full screen',
  'menu.about': 'About Policy Workbench',
};
