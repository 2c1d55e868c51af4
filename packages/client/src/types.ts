/**
 * Type-level views of the generated `paths`: date filters that also take a `Date`, and the list
 * operations the paginator accepts, with the type of their items.
 */

/** `YYYY-MM-DD`, as the 2010-04-01 date filters take it. */
export type IsoDate = `${number}-${number}-${number}`;

type ReplaceQuery<Q, Keys extends PropertyKey, D> = { [K in keyof Q]: K extends Keys ? D : Q[K] };

/** `paths` with the query parameters named in `Keys` retyped as `D`. */
export type WithDateParams<P, Keys extends PropertyKey, D> = {
  [Path in keyof P]: {
    [M in keyof P[Path]]: P[Path][M] extends { parameters: infer Params }
      ? Params extends { query?: infer Q }
        ? Omit<P[Path][M], 'parameters'> & { parameters: Omit<Params, 'query'> & { query?: ReplaceQuery<NonNullable<Q>, Keys, D> } }
        : P[Path][M]
      : P[Path][M];
  };
};

type GetOperation<P, K extends keyof P> = P[K] extends { get: infer O } ? O : never;
type OkJson<O> = O extends { responses: { 200: { content: { 'application/json': infer B } } } } ? B : never;
type ArrayKey<B> = { [K in keyof B]-?: B[K] extends readonly unknown[] ? K : never }[keyof B];
type IsPage<B> = [B] extends [never]
  ? false
  : B extends { next_page_uri: unknown }
    ? true
    : B extends { meta: { next_page_url: unknown } }
      ? true
      : false;

/** The paths whose GET answers a page (either envelope): the only ones `paginate` takes. */
export type ListPath<P> = {
  [K in keyof P]: IsPage<OkJson<GetOperation<P, K>>> extends true ? K : never;
}[keyof P];

/** The body of one page of a list path. */
export type PageBody<P, K extends keyof P> = OkJson<GetOperation<P, K>>;

/** The type of one item of a list path. */
export type ItemOf<P, K extends keyof P> = PageBody<P, K>[ArrayKey<PageBody<P, K>>] extends readonly (infer I)[] ? I : never;
