// SPDX-License-Identifier: GPL-2.0-or-later
/** Test helpers shared by every module of mutagen-java; used in test scope only. */
module mutagen.testkit {
    requires transitive mutagen;
    requires transitive org.junit.jupiter.api;
    requires transitive org.junit.jupiter.params;

    exports mutagen.testkit;
    // JUnit runs the contract's test methods reflectively.
    opens mutagen.testkit;
}
