package dev.mynalab.registry.event;

import java.time.Instant;

/**
 * An event as the store keeps it: its id (strictly increasing across the register), the world-clock
 * instant it was recorded, and the event.
 */
public record StoredEvent(long id, Instant recordedAt, RegistryEvent event) {}
