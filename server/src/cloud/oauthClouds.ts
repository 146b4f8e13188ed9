/**
 * The OAuth clouds this server knows, one row each: the infix of its environment variables (`FP_CLOUD_<ENV>_*`) and
 * the provider's production endpoints (each overridable in configuration, so tests point them at loopback). An
 * empty `contentUrl` means the API's. A new OAuth provider adds a row here and its factory in ./providers/index.ts.
 */
export interface OAuthEndpoints {
  /** the authorize page */
  authorizeUrl: string;
  /** the token endpoint (code exchange and refresh) */
  tokenUrl: string;
  /** the API base */
  apiUrl: string;
  /** the content (download) API base; '' = the API's */
  contentUrl: string;
}

interface OAuthCloudRow extends OAuthEndpoints {
  env: string;
}

export const OAUTH_CLOUD_ROWS = {
  dropbox: { env: 'DROPBOX', authorizeUrl: 'https://www.dropbox.com/oauth2/authorize', tokenUrl: 'https://api.dropboxapi.com/oauth2/token', apiUrl: 'https://api.dropboxapi.com', contentUrl: 'https://content.dropboxapi.com' },
  googledrive: { env: 'GOOGLE_DRIVE', authorizeUrl: 'https://accounts.google.com/o/oauth2/v2/auth', tokenUrl: 'https://oauth2.googleapis.com/token', apiUrl: 'https://www.googleapis.com', contentUrl: '' },
  // Box's content URL is its download host: the API redirects downloads there
  box: { env: 'BOX', authorizeUrl: 'https://account.box.com/api/oauth2/authorize', tokenUrl: 'https://api.box.com/oauth2/token', apiUrl: 'https://api.box.com', contentUrl: 'https://dl.boxcloud.com' },
  // OneDrive's API URL includes Graph's version; its content URL is the API's
  onedrive: { env: 'ONEDRIVE', authorizeUrl: 'https://login.microsoftonline.com/common/oauth2/v2.0/authorize', tokenUrl: 'https://login.microsoftonline.com/common/oauth2/v2.0/token', apiUrl: 'https://graph.microsoft.com/v1.0', contentUrl: '' },
  github: { env: 'GITHUB', authorizeUrl: 'https://github.com/login/oauth/authorize', tokenUrl: 'https://github.com/login/oauth/access_token', apiUrl: 'https://api.github.com', contentUrl: 'https://raw.githubusercontent.com' },
  gmail: { env: 'GMAIL', authorizeUrl: 'https://accounts.google.com/o/oauth2/v2/auth', tokenUrl: 'https://oauth2.googleapis.com/token', apiUrl: 'https://gmail.googleapis.com', contentUrl: '' },
  // contentUrl: the CDN the photos' image URLs must be on (the host or a subdomain of it)
  facebook: { env: 'FACEBOOK', authorizeUrl: 'https://www.facebook.com/v19.0/dialog/oauth', tokenUrl: 'https://graph.facebook.com/v19.0/oauth/access_token', apiUrl: 'https://graph.facebook.com/v19.0', contentUrl: 'https://fbcdn.net' },
  // Instagram API with Instagram Login; contentUrl: the CDN the media URLs must be on (the host or a subdomain of it)
  instagram: { env: 'INSTAGRAM', authorizeUrl: 'https://www.instagram.com/oauth/authorize', tokenUrl: 'https://api.instagram.com/oauth/access_token', apiUrl: 'https://graph.instagram.com', contentUrl: 'https://cdninstagram.com' },
  // OAuth 1.0a: tokenUrl is the access-token endpoint, the request-token one its sibling `request_token`; apiUrl the
  // REST endpoint; contentUrl the static hosts the photos' URLs must be on (live.staticflickr.com and the others)
  flickr: { env: 'FLICKR', authorizeUrl: 'https://www.flickr.com/services/oauth/authorize', tokenUrl: 'https://www.flickr.com/services/oauth/access_token', apiUrl: 'https://api.flickr.com/services/rest', contentUrl: 'https://staticflickr.com' },
} satisfies Record<string, OAuthCloudRow>;

export type OAuthCloudName = keyof typeof OAUTH_CLOUD_ROWS;

/** The OAuth clouds' names, in the order of the table. */
export const OAUTH_CLOUDS = Object.keys(OAUTH_CLOUD_ROWS) as OAuthCloudName[];
