/** Team sync through CouchDB: the pure domain (documents, conflicts, server rules, push plans). */
export * from './ids';
export * from './docs';
export * from './conflicts';
export * from './validate-doc-update';
export * from './roles';
export * from './push-plan';
export * from './describe';
export * from './progress';
export * from './inbound';
