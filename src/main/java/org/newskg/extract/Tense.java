package org.newskg.extract;

/** The time a sentence speaks of, as far as resolving its dates needs it. */
public enum Tense { PAST, PRESENT, FUTURE }
