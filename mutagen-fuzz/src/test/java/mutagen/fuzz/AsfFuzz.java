// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.fuzz;

import java.util.List;
import java.util.Map;
import mutagen.FileType;
import mutagen.asf.ASF;
import mutagen.asf.ASFBaseAttribute;
import mutagen.asf.ASFObject;

/**
 * ASF's inspector and edit: every header object (pprint, repr, payload) and every attribute (repr, bytes, data
 * size); the edit sets {@code QL/Fuzz} to a text, which the reopened file must read back.
 */
final class AsfFuzz {
    private AsfFuzz() {
    }

    static void touch(FileType file) throws java.io.IOException {
        ASF asf = (ASF) file;
        ASFObject header = asf.header();
        header.pprint();
        header.toString();
        touch(header);
        for (Map.Entry<String, ASFBaseAttribute> e : asf.tags().entries()) {
            ASFBaseAttribute a = e.getValue();
            a.repr();
            a.dataSize();
            a.bytes();
            a.toString();
        }
        asf.info().attributes();
    }

    private static void touch(ASFObject obj) {
        obj.name();
        obj.data();
        obj.guidText();
        for (ASFObject child : obj.objects()) {
            touch(child);
        }
    }

    /**
     * {@code QL/Fuzz = edited}: read back as one or more {@code edited} values (a header holding two extended
     * content description objects gets the attribute in each, and mutagen 1.48.1 reads it back twice too).
     */
    static final FuzzFormat.Edit EDIT = new FuzzFormat.Edit() {
        @Override
        public void apply(FileType file) throws java.io.IOException {
            file.put("QL/Fuzz", "edited");
        }

        @Override
        public String missing(FileType reopened) {
            Object got = reopened.get("QL/Fuzz");
            List<String> values = got == null ? List.of() : ((List<?>) got).stream().map(String::valueOf).toList();
            return !values.isEmpty() && values.stream().allMatch("edited"::equals) ? null : "QL/Fuzz is " + got;
        }
    };
}
