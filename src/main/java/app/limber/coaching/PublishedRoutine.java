package app.limber.coaching;

import app.limber.library.Purpose;

import java.util.List;

/** A routine as published in one version: what athletes and share links see until the next one. */
public record PublishedRoutine(String title, String description, Purpose purpose, int estimatedSeconds,
                               List<PublishedStep> steps) {
}
