#include "app/cli/answers_input.h"

#include <Poco/JSON/Parser.h>

#include "app/cli/command_context.h"
#include "app/cli/record_input.h"
#include "assess/answer_list.h"
#include "core/error.h"
#include "core/text.h"

namespace securebase::cli {
namespace {

constexpr const char* kShape = "write item=value pairs such as 1=3,2=5 or a JSON object {\"1\": 3}";

assess::Answers FromJson(const std::string& text) {
    Poco::JSON::Object::Ptr object;
    try {
        const Poco::Dynamic::Var parsed = Poco::JSON::Parser().parse(text);
        if (parsed.type() == typeid(Poco::JSON::Object::Ptr))
            object = parsed.extract<Poco::JSON::Object::Ptr>();
    } catch (const Poco::Exception&) {
        // Poco's message quotes the input: say only what shape is expected.
    }
    if (!object)
        throw Error(ErrorCode::Invalid, std::string("the answers are not valid JSON; ") + kShape);
    assess::Answers answers;
    for (const auto& [item, value] : *object) {
        if (value.isEmpty()) continue;
        try {
            if (value.isInteger()) {
                answers[item] = value.convert<int>();
                continue;
            }
        } catch (const Poco::Exception&) {
            // out of int's range: no scale offers it
        }
        throw Error(ErrorCode::Invalid,
                    "the answer to item " + item + " must be a whole number or null");
    }
    return answers;
}

// The parser quotes a faulty pair, and a wrong file can hold anything: name its place instead.
assess::Answers FromPairs(const std::string& text) {
    try {
        return assess::ParseAnswerList(text);
    } catch (const Error& error) {
        std::string separated = text;
        for (char& c : separated)
            if (c == '\n') c = ',';
        const auto pairs = Split(separated, ',');
        for (size_t i = 0; i < pairs.size(); ++i) {
            try {
                assess::ParseAnswerList(pairs[i]);
            } catch (const Error&) {
                throw Error(ErrorCode::Invalid, "answer " + std::to_string(i + 1) +
                                                    " (counting from 1) is not item=value with a "
                                                    "whole number; " +
                                                    kShape);
            }
        }
        throw;  // an item answered twice: the message names only the item id
    }
}

}  // namespace

void RefuseAnswersInArgv(const CommandContext& context) {
    if (!context.Has("answers")) return;
    throw Error(ErrorCode::Usage,
                "answers are not taken on the command line, where the process list and the "
                "shell history would keep them; put them in a file and pass --answers-file F, "
                "or pipe them on standard input");
}

assess::Answers ReadAnswers(const CommandContext& context) {
    const auto file = context.Option("answers-file");
    const std::string text = file && *file != "-"
                                 ? ReadTextFile(*file)
                                 : ReadText(context, "answers (item=value, separated by commas)");
    if (text.empty())
        throw Error(ErrorCode::Invalid, std::string("no answers were given; ") + kShape);
    const assess::Answers answers = text.front() == '{' ? FromJson(text) : FromPairs(text);
    if (answers.empty())
        throw Error(ErrorCode::Invalid, std::string("no answers were given; ") + kShape);
    return answers;
}

}  // namespace securebase::cli
