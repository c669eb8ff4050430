package io.newsflow.enrich.entities;

import io.newsflow.core.schema.Entity;
import io.newsflow.core.schema.EntityType;
import io.newsflow.core.schema.Mention;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Groups an article's mentions into one {@link Entity} per real-world thing:
 * <ul>
 *   <li>mentions of the same name are one entity (same text, ignoring accents and typographic apostrophes:
 *       "Brudziński" and "Brudzinski"), whose type is the majority of their tags;</li>
 *   <li>a person named by the end of a longer person name ("Tokayev", "Mr Tokayev") is that person ("Kassym-Jomart
 *       Tokayev"); when several longer names end that way ("Tony Mendez", "Jonna Mendez"), each mention goes to the
 *       one mentioned last before it (to the first one mentioned, if none comes before);</li>
 *   <li>an acronym is the organization whose capitalized words it abbreviates ("CSTO", "Collective Security Treaty
 *       Organization") if exactly one does.</li>
 * </ul>
 * The entity's text is its longest form; entities are ordered by salience: first mention (title before body), then
 * mention count. Cost is the mentions times the distinct names, both small per article.
 */
final class EntityGrouper {

    private static final Pattern MARKS = Pattern.compile("[\\p{Mn}\\p{Cf}]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static final class Group {
        final List<TypedMention> mentions = new ArrayList<>();
        final String[] words;
        EntityType type;
        Group merged;
        List<Group> namesakes = List.of();

        Group(String key) {
            this.words = key.split(" ");
        }

        Group root() {
            Group g = this;
            while (g.merged != null) {
                g = g.merged;
            }
            return g;
        }
    }

    List<Entity> group(List<TypedMention> mentions) {
        Map<String, Group> byName = new LinkedHashMap<>();
        for (TypedMention mention : mentions) {
            byName.computeIfAbsent(key(mention.text()), Group::new).mentions.add(mention);
        }
        List<Group> groups = new ArrayList<>(byName.values());
        groups.forEach(g -> g.type = majority(g.mentions));
        for (Group group : groups) {
            if (group.type == EntityType.PERSON) {
                List<Group> longer = longerPersonNames(group, groups);
                if (longer.size() == 1) {
                    group.merged = longer.get(0);
                } else {
                    group.namesakes = longer;
                }
            } else if (group.type == EntityType.ORGANIZATION) {
                group.merged = expansion(group, groups);
            }
        }
        Map<Group, List<TypedMention>> entities = new LinkedHashMap<>();
        for (Group group : groups) {
            for (TypedMention mention : group.mentions) {
                Group owner = group.namesakes.isEmpty() ? group.root() : nearest(mention, group.namesakes).root();
                entities.computeIfAbsent(owner, g -> new ArrayList<>()).add(mention);
            }
        }
        List<Entity> result = new ArrayList<>(entities.size());
        entities.values().forEach(members -> result.add(entity(members)));
        result.sort(Comparator.<Entity, Mention>comparing(e -> e.mentions().get(0), TypedMention::compare)
                .thenComparing(Comparator.comparingInt(Entity::count).reversed()));
        return result;
    }

    /** The person names with more words than this one that end with its words. */
    private static List<Group> longerPersonNames(Group shorter, List<Group> groups) {
        List<Group> found = new ArrayList<>(1);
        for (Group candidate : groups) {
            if (candidate.words.length > shorter.words.length && candidate.type == EntityType.PERSON
                    && endsWith(candidate.words, shorter.words)) {
                found.add(candidate);
            }
        }
        return found;
    }

    /** Of several namesakes, the one mentioned last before this mention, else the one mentioned first. */
    private static Group nearest(TypedMention mention, List<Group> namesakes) {
        Group best = null;
        TypedMention bestMention = null;
        for (Group candidate : namesakes) {
            for (TypedMention m : candidate.mentions) {
                if (TypedMention.compare(m.mention(), mention.mention()) < 0
                        && (bestMention == null || TypedMention.compare(m.mention(), bestMention.mention()) > 0)) {
                    best = candidate;
                    bestMention = m;
                }
            }
        }
        if (best != null) {
            return best;
        }
        return namesakes.stream()
                .min((a, b) -> TypedMention.compare(a.mentions.get(0).mention(), b.mentions.get(0).mention()))
                .orElseThrow();
    }

    /** The one organization this acronym abbreviates, or null. */
    private static Group expansion(Group acronym, List<Group> groups) {
        String letters = acronym.words.length == 1 ? acronym.words[0] : "";
        if (letters.length() < 2 || letters.length() > 8 || !letters.chars().allMatch(Character::isUpperCase)) {
            return null;
        }
        Group found = null;
        for (Group candidate : groups) {
            if (candidate != acronym && candidate.words.length >= 2 && candidate.type == EntityType.ORGANIZATION
                    && initials(candidate.words).equals(letters)) {
                if (found != null) {
                    return null;
                }
                found = candidate;
            }
        }
        return found;
    }

    private static String initials(String[] words) {
        StringBuilder initials = new StringBuilder(words.length);
        for (String word : words) {
            if (TokenShape.startsUpper(word)) { // "Organization for Security and Co-operation in Europe": OSCE
                initials.append(word.charAt(0));
            }
        }
        return initials.toString();
    }

    private static boolean endsWith(String[] words, String[] suffix) {
        int offset = words.length - suffix.length;
        for (int i = 0; i < suffix.length; i++) {
            if (!words[offset + i].equals(suffix[i])) {
                return false;
            }
        }
        return true;
    }

    private static Entity entity(List<TypedMention> members) {
        members.sort((a, b) -> TypedMention.compare(a.mention(), b.mention()));
        String longest = surface(members.get(0).text());
        int longestWords = longest.split(" ").length;
        for (TypedMention m : members) {
            String text = surface(m.text());
            int words = text.split(" ").length;
            if (words > longestWords || words == longestWords && text.length() > longest.length()) {
                longest = text;
                longestWords = words;
            }
        }
        List<Mention> mentions = members.stream().map(TypedMention::mention).toList();
        return new Entity(longest, majority(members), mentions.size(), mentions);
    }

    /** The most frequent type; on a tie, the type of the earliest mention. */
    private static EntityType majority(List<TypedMention> mentions) {
        Map<EntityType, Integer> votes = new EnumMap<>(EntityType.class);
        for (TypedMention m : mentions) {
            votes.merge(m.type(), 1, Integer::sum);
        }
        EntityType best = mentions.get(0).type();
        for (Map.Entry<EntityType, Integer> vote : votes.entrySet()) {
            if (vote.getValue() > votes.get(best)) {
                best = vote.getKey();
            }
        }
        return best;
    }

    /** A mention's text with each whitespace run (a line break inside a name) as one space. */
    static String surface(String text) {
        return SPACES.matcher(text.strip()).replaceAll(" ");
    }

    /** What makes two mentions the same name: the text without accents, invisible characters or curly apostrophes. */
    static String key(String text) {
        String plain = MARKS.matcher(Normalizer.normalize(surface(text), Normalizer.Form.NFD)).replaceAll("");
        return plain.replace('’', '\'');
    }
}
