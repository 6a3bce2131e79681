export * from './history';
export * from './mapStore';
