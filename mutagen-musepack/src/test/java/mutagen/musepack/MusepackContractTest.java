// SPDX-License-Identifier: GPL-2.0-or-later
// Port of tests/test___init__.py::TAbstractFileType for Musepack (through mutagen.testkit.FileTypeContract)
package mutagen.musepack;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import mutagen.FileType;
import mutagen.apev2.APEv2;
import mutagen.testkit.FileTypeContract;
import mutagen.testkit.TestFiles;
import mutagen.util.FileSource;

class MusepackContractTest extends FileTypeContract {

    @Override
    protected List<Path> samples() {
        return List.of(TestFiles.corpus("click.mpc"), TestFiles.corpus("sv4_header.mpc"),
                TestFiles.corpus("sv5_header.mpc"), TestFiles.corpus("sv8_header.mpc"));
    }

    @Override
    protected FileType open(FileSource source) throws IOException {
        return new Musepack(source);
    }

    @Override
    protected FileType open(Path path) throws IOException {
        return new Musepack(path);
    }

    @Override
    protected Class<? extends FileType> kind() {
        return Musepack.class;
    }

    /** Its module re-exports apev2's {@code delete}. */
    @Override
    protected boolean moduleDelete(Path path) throws IOException {
        APEv2.deleteFrom(path);
        return true;
    }

    @Override
    protected void edit(FileType file) throws IOException {
        file.put("Title", "edited by the contract");
    }
}
