# cmake -DOUTPUT=file.cpp -DINPUTS="a.sql;b.sql" -P EmbedMigrations.cmake
# Writes a C++ table of the schema migrations. File names are NNNN_what.sql; NNNN is the version
# the vault has after the step (PRAGMA user_version).
set(body "")
foreach(input IN LISTS INPUTS)
  get_filename_component(name ${input} NAME_WE)
  string(REGEX MATCH "^([0-9]+)_" _ ${name})
  if(NOT CMAKE_MATCH_1)
    message(FATAL_ERROR "migration ${input}: name must start with a number and an underscore")
  endif()
  math(EXPR version "${CMAKE_MATCH_1}")
  file(READ ${input} sql)
  string(FIND "${sql}" ")sbsql\"" clash)
  if(NOT clash EQUAL -1)
    message(FATAL_ERROR "migration ${input} contains the raw-string delimiter )sbsql\"")
  endif()
  string(APPEND body "    {${version}, \"${name}\", R\"sbsql(${sql})sbsql\"},\n")
endforeach()
file(WRITE ${OUTPUT} "// Generated from db/migrations by cmake/EmbedMigrations.cmake. Do not edit.
#include \"storage/migrations.h\"

namespace securebase::storage {

const std::vector<Migration>& EmbeddedMigrations() {
    static const std::vector<Migration> migrations{
${body}    };
    return migrations;
}

}  // namespace securebase::storage
")
