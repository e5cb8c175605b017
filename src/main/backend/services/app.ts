// app.status and settings.set: what the renderer needs before anything else.
import type { Services } from '../../../shared/api';
import type { BackendContext } from './context';

type AppServices = Pick<Services, 'app.status' | 'settings.set'>;

export function appServices(ctx: BackendContext): AppServices {
  return {
    'app.status': () => ({
      project: ctx.session ? ctx.session.view() : null,
      settings: ctx.state.settings,
      recent: ctx.state.recent,
      nativeDialogs: ctx.nativeDialogs,
      transport: ctx.transport,
    }),
    'settings.set': (patch) => {
      const settings = ctx.state.updateSettings(patch);
      ctx.events.emit('settingsChanged', { settings });
      return settings;
    },
  };
}
