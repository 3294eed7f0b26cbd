# securebase_warnings(TARGET): the project's warning level, applied per target (no global flags).
function(securebase_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wconversion
                                           -Wno-sign-conversion -Werror=return-type)
endfunction()
