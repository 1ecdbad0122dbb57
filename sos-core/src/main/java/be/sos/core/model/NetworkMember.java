package be.sos.core.model;

import java.util.List;

/**
 * A person of the family's network (§2 note 1, Family Finding).
 *
 * @param id unique within the case
 * @param relation how the person is related to the family
 * @param kind informal or professional
 * @param adult whether the person is an adult
 * @param trustedPersonFor the ids of the minors for whom this person is a trusted person
 */
public record NetworkMember(String id, Relation relation, NetworkKind kind, Boolean adult, List<String> trustedPersonFor) {
    /** Checks the fields and copies the list. */
    public NetworkMember {
        Checks.requiredId(id, "id");
        Checks.required(relation, "relation");
        Checks.required(kind, "kind");
        Checks.required(adult, "adult");
        trustedPersonFor = Checks.ids(trustedPersonFor, "trustedPersonFor");
    }

    /** Whether this member is an adult of the informal network. */
    public boolean informalAdult() {
        return kind == NetworkKind.INFORMAL && adult;
    }

    @Override
    public String toString() {
        return "NetworkMember[relation=" + relation + ", kind=" + kind + ", adult=" + adult + "]";
    }
}
