package org.newskg.resolve;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The persons known before a batch is resolved: their full names by surname (a name's variants,
 * "Jim" and "James", kept once) and the countries their positions give. Made from the store once
 * per build and then grown with each batch written, so that resolving a batch costs the same
 * whether the store holds a hundred persons or a million. Not thread-safe: the build's writer
 * thread owns it.
 */
public final class PersonDirectory {
    private final Map<String, List<PersonName>> bySurname = new HashMap<>();
    private final Map<String, Set<String>> positionCountries = new HashMap<>();

    /** A directory of what {@code known} holds (names in sorted order, so that the result does not depend on the store's order). */
    public static PersonDirectory of(KnownPersons known) {
        PersonDirectory d = new PersonDirectory();
        d.addNames(known.fullNames().stream().sorted().toList());
        known.positionCountries().forEach((person, isos) -> isos.forEach(iso -> d.addPositionCountry(person, iso)));
        return d;
    }

    /** Adds names as written for persons; surnames alone and variants of a known full name add nothing. */
    public void addNames(Collection<String> names) {
        for (String s : names) {
            PersonName n = PersonName.parse(s);
            if (!n.isSurnameOnly()) {
                addVariant(bySurname.computeIfAbsent(n.surname(), k -> new ArrayList<>()), n);
            }
        }
    }

    /** Adds a country (ISO code) that a position of the person (IRI) gives. */
    public void addPositionCountry(String personIri, String iso) {
        positionCountries.computeIfAbsent(personIri, k -> new HashSet<>()).add(iso);
    }

    /** The known full names with this surname, one per distinct given name. */
    List<PersonName> withSurname(String surname) {
        return bySurname.getOrDefault(surname, List.of());
    }

    /** The countries the person's known positions give. */
    public Set<String> positionCountries(String personIri) {
        return positionCountries.getOrDefault(personIri, Set.of());
    }

    /** Adds a full name to the names of its surname unless a variant of it is there already. */
    static void addVariant(List<PersonName> sameSurname, PersonName n) {
        if (sameSurname.stream().noneMatch(x -> PersonName.similarGiven(x.given(), n.given()))) {
            sameSurname.add(n);
        }
    }
}
