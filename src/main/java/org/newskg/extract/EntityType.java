package org.newskg.extract;

/** The kinds of entity newskg recognises. */
public enum EntityType { PERSON, COUNTRY, MISSION }
