// The share-link codec in one place: a notebook in a URL fragment, never rows.
export { encodeShareLink, type ShareLinkOptions } from './encodeShareLink';
export { decodeShareLink } from './decodeShareLink';
export { MAX_SHARE_LENGTH, shareLinkFits } from './shareLinkFits';
