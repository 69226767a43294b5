export * from './calendar';
export * from './answers';
