/**
 * Plain data shapes that cross the API, one file per domain. Everything is re-exported here, so
 * `../shared/dto` is the one import path; mapped from Engine JSON in electron/engine/.
 */
export * from './containers';
export * from './engine';
export * from './images';
export * from './layers';
export * from './containerDetail';
export * from './logs';
export * from './stats';
export * from './terminal';
