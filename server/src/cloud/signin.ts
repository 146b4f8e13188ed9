/** `POST /cloud/auth/credentials`: signs in to a credential source (FTP, WebDAV) and answers the new token. */
import type { Ctx } from '../context';
import type { Fields } from '../http/body';
import { checkSecurity } from '../security/policy';
import { onlyCloud, providerEnv, readCall } from './call';
import { CloudError } from './errors';
import { providerFor } from './providers';
import { newSignIn, writeToken } from './session';

export async function credentialsRoute(ctx: Ctx, fields: Fields): Promise<Record<string, unknown>> {
  const call = readCall(ctx, fields, true);
  checkSecurity(call.app, fields, { calls: ['pick'] });
  const name = onlyCloud(call);
  const provider = providerFor(ctx.cfg.cloud, name);
  if (provider.signin !== 'credentials') throw new CloudError('badrequest', name, 'signs in with OAuth (open `auth.redirect_url` of /folder/list), not with credentials');
  const creds = provider.credentials(call.clouds[name]);
  // connecting signs in and lists the root: wrong credentials fail here
  const conn = await provider.connect(creds, providerEnv(ctx));
  try {
    await conn.list('/', null);
  } finally {
    conn.close();
  }
  call.sessions.clouds[name] = newSignIn(ctx, creds);
  return { token: writeToken(ctx, call.sessions), [name]: { client: name, signedIn: true } };
}
