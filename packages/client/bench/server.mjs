// The benchmark's server, in its own process so its CPU time is not counted against the clients:
// a fixed Conference body for any fetch, and 2010-04-01 pages of PAGE_ITEMS conferences for the list.
import { createServer } from 'node:http';

const account = 'ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
const sid = 'CFaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
const base = `/2010-04-01/Accounts/${account}/Conferences`;
const conference = {
  account_sid: account, api_version: '2010-04-01', call_sid_ending_conference: null,
  date_created: 'Fri, 03 Jul 2020 11:23:45 +0000', date_updated: 'Fri, 03 Jul 2020 11:23:45 +0000',
  friendly_name: 'MyRoom', reason_conference_ended: null, region: 'us1', sid, status: 'in-progress',
  subresource_uris: { participants: `${base}/${sid}/Participants.json`, recordings: `${base}/${sid}/Recordings.json` },
  uri: `${base}/${sid}.json`,
};
const fetchBody = JSON.stringify(conference);
const pages = Number(process.env.PAGES ?? 100);
const perPage = Number(process.env.PAGE_ITEMS ?? 1000);
const pageBodies = Array.from({ length: pages }, (_, page) => JSON.stringify({
  conferences: Array.from({ length: perPage }, () => conference),
  first_page_uri: `${base}.json?PageSize=${perPage}&Page=0`,
  next_page_uri: page < pages - 1 ? `${base}.json?PageSize=${perPage}&Page=${page + 1}&PageToken=PA${page + 1}` : null,
  previous_page_uri: null, uri: `${base}.json?PageSize=${perPage}&Page=${page}`,
  page, page_size: perPage, start: page * perPage, end: page * perPage + perPage - 1,
}));

const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  const body = url.pathname === `${base}.json` ? pageBodies[Number(url.searchParams.get('Page') ?? 0)] : fetchBody;
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
  res.end(body);
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => process.send({ port: server.address().port }));
process.on('disconnect', () => process.exit(0));
