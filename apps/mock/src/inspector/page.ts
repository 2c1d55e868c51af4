/**
 * The inspector page. A placeholder until the page itself lands: it says what the inspector is and where
 * its data comes from. `inspectorPage()` is the document served at `/` and `/__sandbox/ui`;
 * `inspectorAsset(name)` the files it loads from `/__sandbox/ui/<name>` (none yet).
 */

export interface InspectorFile {
  body: string | Uint8Array;
  contentType: string;
}

const PLACEHOLDER = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>conference-kit sandbox</title>
</head>
<body>
<h1>conference-kit sandbox</h1>
<p>The inspector page is not built yet. The sandbox's control API answers under <code>/__sandbox/</code>:
the journal at <a href="/__sandbox/journal">/__sandbox/journal</a>, live at <code>/__sandbox/events</code>.</p>
</body>
</html>
`;

export function inspectorPage(): InspectorFile {
  return { body: PLACEHOLDER, contentType: 'text/html; charset=utf-8' };
}

/** A file the page loads, by its name under `/__sandbox/ui/`; undefined for a name it does not have. */
export function inspectorAsset(_name: string): InspectorFile | undefined {
  return undefined;
}
