package be.sos.examples.embedding;

import java.time.LocalDate;
import java.util.List;

/**
 * The records of an imagined host case system, in its own shape and words, as a registration system
 * such as Domino might hold them. They know nothing of sos.
 */
public final class DominoRecords {
    private DominoRecords() {}

    /**
     * A file (dossier) of the court social service.
     *
     * @param dossierNumber the host's number
     * @param department the department, such as "SDJ Gent"
     * @param petitionReceived the day the urgent petition came in
     * @param children the children
     * @param parents the parents
     * @param staff the professionals
     * @param steps the procedure's steps registered so far
     * @param contactMinutes minutes of direct contact per registered visit
     */
    public record Dossier(String dossierNumber, String department, LocalDate petitionReceived, List<Child> children,
                          List<Carer> parents, List<Staff> staff, List<Step> steps, List<Visit> contactMinutes) {
    }

    /**
     * A child.
     *
     * @param code the host's code for the child
     * @param born the date of birth
     */
    public record Child(String code, LocalDate born) {
    }

    /**
     * A parent.
     *
     * @param code the host's code
     * @param inPrison whether the parent is detained
     * @param sameAddress whether the child lives with this parent
     */
    public record Carer(String code, boolean inPrison, boolean sameAddress) {
    }

    /**
     * A professional.
     *
     * @param code the host's code
     * @param function "consulent", "crisisbegeleider", "jeugdrechter" or "teamverantwoordelijke"
     */
    public record Staff(String code, String function) {
    }

    /**
     * A registered step of the procedure.
     *
     * @param kind the host's step code, such as "VOORLEIDING"
     * @param on the day it happened
     */
    public record Step(String kind, LocalDate on) {
    }

    /**
     * A visit with direct contact.
     *
     * @param on the day
     * @param minutes how long
     */
    public record Visit(LocalDate on, int minutes) {
    }
}
