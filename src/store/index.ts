export * from './history';
export * from './mapStore';
export * from './createStore';
export * from './viewStore';
