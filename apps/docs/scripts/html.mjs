// What every page builder shares for HTML.

/** Text made safe for HTML, in element content and in quoted attribute values alike. */
export const escapeHtml = (text) =>
  String(text).replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&#39;');
