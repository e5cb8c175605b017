// app.status and settings.set: what the renderer needs before anything else.
import type { Services } from '../../../shared/api';
import { requireAbsoluteFolder } from '../export/folder';
import type { BackendContext } from './context';
import { visibleRecent } from './known-projects';

type AppServices = Pick<Services, 'app.status' | 'settings.set'>;

export function appServices(ctx: BackendContext): AppServices {
  return {
    'app.status': () => ({
      project: ctx.session ? ctx.session.view() : null,
      settings: ctx.state.settings,
      recent: visibleRecent(ctx),
      nativeDialogs: ctx.nativeDialogs,
      downloads: ctx.transport === 'http',
      pdfExport: ctx.pdf !== undefined,
      uploads: ctx.uploads !== null,
      transport: ctx.transport,
    }),
    // A remembered export folder is a full path: a relative one would mean a different folder
    // depending on where the app was started.
    'settings.set': (patch) => {
      const settings = ctx.state.updateSettings(patch.exportDir ? { ...patch, exportDir: requireAbsoluteFolder(patch.exportDir) } : patch);
      ctx.events.emit('settingsChanged', { settings });
      return settings;
    },
  };
}
