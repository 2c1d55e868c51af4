// Decorates a bundled spec for the reference pages only (the specs themselves, which the mock and the
// types are built from, are left as they are):
// - the local mock as a second server, so Redoc's examples and URLs point at something that answers;
// - for every operation in the bundle, whatever it is, `x-codeSamples`: a call with @conference-kit/client
//   and a curl command, both written from the operation's own path, parameters and examples.
// The sandbox's control API (every path under /__sandbox/) is conference-kit's own and takes JSON, not
// forms: the client does not cover it, so its TypeScript sample is a plain `fetch` with a JSON body, its
// curl sample sends JSON, and its only server is already the mock's address.
// The docs tests type-check every TypeScript sample and run every sample: Twilio's APIs against the mock
// in examples mode, the control API against a sandbox.

// Redoc shows a server's description as plain text, not Markdown.
export const MOCK_SERVER = { url: 'http://127.0.0.1:4010', description: 'The conference-kit mock: pnpm start -- --examples in a clone of the repository' };
// Redoc shows a sample only when its label is one of the languages in redocly.docs.yaml, in that order.
export const CLIENT_LABEL = 'TypeScript';
export const CURL_LABEL = 'curl';
const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'];

/** Follows local `$ref`s (`#/components/...`) in the bundled document. */
function deref(document, value) {
  let current = value;
  for (let hops = 0; current && typeof current === 'object' && typeof current.$ref === 'string'; hops += 1) {
    if (hops > 20 || !current.$ref.startsWith('#/')) throw new Error(`cannot follow $ref ${current.$ref}`);
    current = current.$ref
      .slice(2)
      .split('/')
      .map((key) => key.replaceAll('~1', '/').replaceAll('~0', '~'))
      .reduce((node, key) => node?.[key], document);
  }
  return current;
}

/** The first example a parameter documents: its own, its examples', or its schema's. */
function parameterExample(document, parameter) {
  if (parameter.example !== undefined) return parameter.example;
  const named = Object.values(parameter.examples ?? {})[0];
  if (named) return deref(document, named).value;
  const schema = deref(document, parameter.schema) ?? {};
  if (schema.example !== undefined) return schema.example;
  if (Array.isArray(schema.examples) && schema.examples.length > 0) return schema.examples[0];
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return schema.enum[0];
  if (schema.default !== undefined) return schema.default;
  return schema.type === 'integer' || schema.type === 'number' ? 1 : `your_${parameter.name}`;
}

/** The first request-body example of the operation's first media type, with that media type. */
function bodyExample(document, operation) {
  const requestBody = deref(document, operation.requestBody);
  const [mediaType, content] = Object.entries(requestBody?.content ?? {})[0] ?? [];
  if (!mediaType) return undefined;
  let value = content.example;
  if (value === undefined) {
    const named = Object.values(content.examples ?? {})[0];
    value = named ? deref(document, named).value : undefined;
  }
  if (value === undefined) {
    // No example: the required properties, each from its schema's example.
    const schema = deref(document, content.schema) ?? {};
    value = Object.fromEntries(
      (schema.required ?? []).map((name) => [name, parameterExample(document, { name, schema: schema.properties?.[name] ?? {} })]),
    );
  }
  return { mediaType, value };
}

/** The sandbox's control API: conference-kit's own, every path under `/__sandbox/`. */
export function isControlApi(document) {
  const paths = Object.keys(document.paths ?? {});
  // `/` is the sandbox's home: its inspector page.
  return paths.length > 0 && paths.every((path) => path === '/' || path.startsWith('/__sandbox/'));
}


/** Which of the client's two openapi-fetch clients serves an API: the first label of its server's host. */
export function clientProperty(document) {
  const host = new URL(document.servers?.[0]?.url ?? 'https://api.twilio.com').hostname;
  return host.split('.')[0];
}

/** A JavaScript literal, on one line when it fits, otherwise one property per line. */
function literal(value, indent = '') {
  const oneLine = (v) => {
    if (Array.isArray(v)) return `[${v.map(oneLine).join(', ')}]`;
    if (v && typeof v === 'object') {
      return `{ ${Object.entries(v).map(([k, x]) => `${key(k)}: ${x instanceof Code ? x.text : oneLine(x)}`).join(', ')} }`;
    }
    return typeof v === 'string' ? `'${v.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'` : JSON.stringify(v);
  };
  const flat = value instanceof Code ? value.text : oneLine(value);
  if (flat.length + indent.length <= 50 || !value || typeof value !== 'object' || Array.isArray(value) || value instanceof Code) return flat;
  const inner = `${indent}  `;
  return `{\n${Object.entries(value).map(([k, v]) => `${inner}${key(k)}: ${literal(v, inner)},`).join('\n')}\n${indent}}`;
}
/** A JavaScript literal of JSON data, broken over lines at any depth where a line would pass 80 columns. */
function pretty(value, indent = '') {
  const oneLine = (v) => {
    if (Array.isArray(v)) return `[${v.map(oneLine).join(', ')}]`;
    if (v && typeof v === 'object') {
      const entries = Object.entries(v);
      return entries.length === 0 ? '{}' : `{ ${entries.map(([k, x]) => `${key(k)}: ${oneLine(x)}`).join(', ')} }`;
    }
    return typeof v === 'string' ? `'${v.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'` : JSON.stringify(v);
  };
  const flat = oneLine(value);
  if (indent.length + flat.length <= 72 || !value || typeof value !== 'object') return flat;
  const inner = `${indent}  `;
  if (Array.isArray(value)) return `[\n${value.map((v) => `${inner}${pretty(v, inner)},`).join('\n')}\n${indent}]`;
  return `{\n${Object.entries(value).map(([k, v]) => `${inner}${key(k)}: ${pretty(v, inner)},`).join('\n')}\n${indent}}`;
}
const key = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);
/** Code to print as it is inside a literal (e.g. `twilio.accountSid`). */
class Code {
  constructor(text) {
    this.text = text;
  }
}

function operationParameters(document, pathItem, operation) {
  const byKey = new Map();
  for (const p of [...(pathItem.parameters ?? []), ...(operation.parameters ?? [])]) {
    const parameter = deref(document, p);
    byKey.set(`${parameter.in}:${parameter.name}`, parameter);
  }
  return [...byKey.values()];
}

/** The operation's first 2xx status. */
function successStatus(document, operation) {
  return Object.keys(operation.responses ?? {}).find((status) => /^2\d\d$/.test(status));
}
/** The media type of the operation's first 2xx response (`undefined` when it has no body). */
function successMediaType(document, operation) {
  const status = successStatus(document, operation);
  const response = status ? deref(document, operation.responses[status]) : undefined;
  return Object.keys(response?.content ?? {})[0];
}
/** Whether the operation's first 2xx response has a body. */
function successHasBody(document, operation) {
  return successMediaType(document, operation) !== undefined;
}

/** A complete TypeScript module calling the operation with @conference-kit/client. */
export function clientSample(document, path, method, pathItem, operation) {
  const parameters = operationParameters(document, pathItem, operation);
  const params = {};
  for (const location of ['path', 'query', 'header']) {
    const chosen = parameters.filter((p) => p.in === location && (p.required || location === 'path'));
    if (chosen.length === 0) continue;
    params[location] = Object.fromEntries(
      chosen.map((p) => [p.name, p.in === 'path' && p.name === 'AccountSid' ? new Code('twilio.accountSid') : parameterExample(document, p)]),
    );
  }
  const options = {};
  if (Object.keys(params).length > 0) options.params = params;
  const body = bodyExample(document, operation);
  if (body) options.body = body.value;
  const args = [`'${path}'`];
  if (Object.keys(options).length > 0) args.push(literal(options, '  '));
  // An operation whose success has no body (a delete's 204) has no data to show: show the status.
  const empty = !successHasBody(document, operation);
  const answer = empty ? 'response' : 'data';
  return [
    "// npm i @conference-kit/client",
    "import { createConferenceClient } from '@conference-kit/client';",
    '',
    'const twilio = createConferenceClient({',
    '  accountSid: process.env.TWILIO_ACCOUNT_SID!,',
    '  authToken: process.env.TWILIO_AUTH_TOKEN!,',
    `  // baseUrl: '${MOCK_SERVER.url}', // the mock`,
    '});',
    '',
    ...(args.length === 1
      ? [`const { ${answer}, error } = await twilio.${clientProperty(document)}.${method.toUpperCase()}(${args[0]});`]
      : [`const { ${answer}, error } = await twilio.${clientProperty(document)}.${method.toUpperCase()}(`, ...args.map((a) => `  ${a},`), ');']),
    'if (error) throw error; // a TwilioApiError',
    empty ? `console.log(response.status); // ${successStatus(document, operation)}: nothing in the body` : 'console.log(data);',
  ].join('\n');
}

/** The path with each parameter's example (or a fixed text from `given`), percent-encoded. */
function examplePath(document, path, parameters, given = {}) {
  return path.replace(/\{([^}]+)\}/g, (_, name) => {
    if (name in given) return given[name];
    const parameter = parameters.find((p) => p.in === 'path' && p.name === name);
    return encodeURIComponent(String(parameter ? parameterExample(document, parameter) : name));
  });
}

/** `name=example` for each required query parameter. */
function requiredQuery(document, parameters) {
  return parameters
    .filter((p) => p.in === 'query' && p.required)
    .map((p) => `${encodeURIComponent(p.name)}=${encodeURIComponent(String(parameterExample(document, p)))}`);
}

/** A complete TypeScript module calling a control operation with `fetch` and a JSON body. */
export function controlSample(document, path, method, pathItem, operation) {
  const parameters = operationParameters(document, pathItem, operation);
  const url = examplePath(document, path, parameters);
  const query = requiredQuery(document, parameters);
  const body = bodyExample(document, operation);
  if (body && body.mediaType !== 'application/json') throw new Error(`${method.toUpperCase()} ${path}: a control operation takes JSON, not ${body.mediaType}`);
  const init = [
    `  method: '${method.toUpperCase()}',`,
    body
      ? "  headers: { Authorization: `Basic ${auth}`, 'Content-Type': 'application/json' },"
      : '  headers: { Authorization: `Basic ${auth}` },',
    ...(body ? [`  body: JSON.stringify(${pretty(body.value, '  ')}),`] : []),
  ];
  return [
    '// fetch is built into Node.js 20+, Deno, Bun and browsers',
    `const sandbox = '${MOCK_SERVER.url}'; // pnpm start, or startSandbox().url`,
    'const auth = btoa(`${process.env.TWILIO_ACCOUNT_SID}:${process.env.TWILIO_AUTH_TOKEN}`);',
    '',
    `const response = await fetch(\`\${sandbox}${url}${query.length > 0 ? `?${query.join('&')}` : ''}\`, {`,
    ...init,
    '});',
    ...controlAnswer(successMediaType(document, operation)),
  ].join('\n');
}

/** How a control sample reads its answer: JSON, a page, or the first events of a stream that stays open. */
function controlAnswer(mediaType) {
  const refused = [
    '// errors come in Twilio\'s body: { code, message, more_info, status }',
    'if (!response.ok) throw new Error(`${response.status}: ${await response.text()}`);',
  ];
  if (mediaType === 'text/event-stream') {
    return [
      ...refused,
      '// the stream stays open: read what has arrived, then let it go',
      'const reader = response.body!.getReader();',
      'const { value } = await reader.read();',
      'await reader.cancel();',
      'console.log(response.status, new TextDecoder().decode(value));',
    ];
  }
  if (mediaType && mediaType !== 'application/json') {
    return [...refused, 'const page = await response.text();', "console.log(response.status, response.headers.get('content-type'), page.length);"];
  }
  return [
    'const data: unknown = response.status === 204 ? null : await response.json();',
    '// errors come in Twilio\'s body: { code, message, more_info, status }',
    'if (!response.ok) throw new Error(`${response.status}: ${JSON.stringify(data)}`);',
    'console.log(response.status, data);',
  ];
}

/** A curl command for the operation against the first server, credentials from the environment. */
export function curlSample(document, path, method, pathItem, operation, server = document.servers?.[0]?.url ?? '') {
  const parameters = operationParameters(document, pathItem, operation);
  const pathPart = examplePath(document, path, parameters, { AccountSid: '$TWILIO_ACCOUNT_SID' });
  const query = requiredQuery(document, parameters);
  const body = bodyExample(document, operation);
  if (body && method === 'get') throw new Error(`GET ${path}: a body on a GET cannot be shown with curl`);
  const data = [];
  if (body?.mediaType === 'application/x-www-form-urlencoded') {
    for (const [name, value] of Object.entries(body.value ?? {})) {
      for (const item of Array.isArray(value) ? value : [value]) data.push(`--data-urlencode '${name}=${String(item).replaceAll("'", "'\\''")}'`);
    }
  } else if (body) {
    data.push(`-H 'Content-Type: ${body.mediaType}'`, `--data '${JSON.stringify(body.value).replaceAll("'", "'\\''")}'`);
  }
  const stream = successMediaType(document, operation) === 'text/event-stream';
  const lines = [
    // A stream is shown as it arrives (-N) until curl is stopped, or for at most a minute.
    `curl -u "$TWILIO_ACCOUNT_SID:$TWILIO_AUTH_TOKEN"${stream ? ' -N --max-time 60' : ''}`,
    // curl sends GET, or POST when given data; any other method, or a POST without data, is named.
    ...(method === 'get' || (method === 'post' && data.length > 0) ? [] : [`-X ${method.toUpperCase()}`]),
    ...parameters.filter((p) => p.in === 'header' && p.required).map((p) => `-H '${p.name}: ${parameterExample(document, p)}'`),
    ...data,
    `"${server}${pathPart}${query.length > 0 ? `?${query.join('&')}` : ''}"`,
  ];
  const where = server === MOCK_SERVER.url ? '# the sandbox: pnpm start in a clone of the repository' : `# or ${MOCK_SERVER.url}, the mock`;
  return `${where}\n${lines.join(' \\\n  ')}`;
}

/** Every operation of the bundle as [path, method, pathItem, operation]. */
export function operationsOf(document) {
  return Object.entries(document.paths ?? {}).flatMap(([path, item]) => {
    const pathItem = deref(document, item);
    return METHODS.filter((m) => pathItem[m]).map((m) => [path, m, pathItem, pathItem[m]]);
  });
}

/** A copy of the bundle with the mock as a server (when it is not one already) and code samples on every operation. */
export function decorate(bundle) {
  const document = structuredClone(bundle);
  const servers = document.servers ?? [];
  if (!servers.some((s) => s.url === MOCK_SERVER.url)) document.servers = [...servers, MOCK_SERVER];
  const typescript = isControlApi(document) ? controlSample : clientSample;
  for (const [path, method, pathItem, operation] of operationsOf(document)) {
    if (operation['x-codeSamples'] || operation['x-code-samples']) continue; // written in the spec: theirs wins
    operation['x-codeSamples'] = [
      { lang: 'TypeScript', label: CLIENT_LABEL, source: typescript(document, path, method, pathItem, operation) },
      { lang: 'Shell', label: CURL_LABEL, source: curlSample(document, path, method, pathItem, operation) },
    ];
  }
  return document;
}
