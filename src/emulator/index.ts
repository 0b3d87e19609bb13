// Placeholder until the emulator lands; replaced by its real implementation.
export {};
