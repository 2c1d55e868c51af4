// The engine's public API is assembled here as its modules land.
export {};
